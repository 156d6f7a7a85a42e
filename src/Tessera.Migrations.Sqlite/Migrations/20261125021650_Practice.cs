using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tessera.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Practice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "barrier_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AgencyTypes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ReportedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportedByAgencyType = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_barrier_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guidance_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangeSummary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PublishedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guidance_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "practice_examples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WhatWorked = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Themes = table.Column<int>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AgencyTypes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ModeratedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModeratedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HelpfulCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_examples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "guidance_acknowledgements",
                columns: table => new
                {
                    GuidanceVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guidance_acknowledgements", x => new { x.GuidanceVersionId, x.PractitionerId });
                    table.ForeignKey(
                        name: "FK_guidance_acknowledgements_guidance_versions_GuidanceVersionId",
                        column: x => x.GuidanceVersionId,
                        principalTable: "guidance_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guidance_sections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GuidanceVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guidance_sections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_guidance_sections_guidance_versions_GuidanceVersionId",
                        column: x => x.GuidanceVersionId,
                        principalTable: "guidance_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "practice_helpful_marks",
                columns: table => new
                {
                    PracticeExampleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarkedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_helpful_marks", x => new { x.PracticeExampleId, x.PractitionerId });
                    table.ForeignKey(
                        name: "FK_practice_helpful_marks_practice_examples_PracticeExampleId",
                        column: x => x.PracticeExampleId,
                        principalTable: "practice_examples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_barrier_reports_ReportedById",
                table: "barrier_reports",
                column: "ReportedById");

            migrationBuilder.CreateIndex(
                name: "IX_barrier_reports_Status_ReportedAt",
                table: "barrier_reports",
                columns: new[] { "Status", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_guidance_sections_GuidanceVersionId_Key",
                table: "guidance_sections",
                columns: new[] { "GuidanceVersionId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_guidance_sections_Key",
                table: "guidance_sections",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_guidance_versions_Number",
                table: "guidance_versions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_practice_examples_Status_PublishedAt",
                table: "practice_examples",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_examples_SubmittedById",
                table: "practice_examples",
                column: "SubmittedById");

            // Full-text search: hand-written SQL kept in Tessera.Core.Data.PracticeSearchSql (EF cannot model it).
            foreach (var sql in Tessera.Core.Data.PracticeSearchSql.Sqlite())
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Tessera.Core.Data.PracticeSearchSql.DropSqlite())
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "barrier_reports");

            migrationBuilder.DropTable(
                name: "guidance_acknowledgements");

            migrationBuilder.DropTable(
                name: "guidance_sections");

            migrationBuilder.DropTable(
                name: "practice_helpful_marks");

            migrationBuilder.DropTable(
                name: "guidance_versions");

            migrationBuilder.DropTable(
                name: "practice_examples");
        }
    }
}
