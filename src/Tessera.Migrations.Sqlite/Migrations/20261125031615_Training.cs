using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tessera.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Training : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_narratives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    SectionKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_narratives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LengthMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Covers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequirementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_completions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_completions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_completions_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_training_completions_training_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "training_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_events_training_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "training_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_requirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstDueWithinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RefreshEveryMonths = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_requirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_requirements_training_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "training_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "training_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    BookedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_training_bookings_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_training_bookings_training_events_EventId",
                        column: x => x.EventId,
                        principalTable: "training_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "training_courses",
                columns: new[] { "Id", "Code", "Covers", "CreatedAt", "Kind", "LengthMinutes", "Provider", "Title" },
                values: new object[,]
                {
                    { new Guid("7a1e0000-0000-4000-8000-000000000001"), "isp-essentials", "The seven golden rules, when consent is not needed, recording what you shared and why, and asking for advice.", 1308729802752000000L, 3, 90, "Safeguarding partnership", "Information sharing essentials" },
                    { new Guid("7a1e0000-0000-4000-8000-000000000002"), "dsl-advanced", "Managing safeguarding records, referrals, thresholds, supervising staff and quality-assuring decisions to share.", 1308729802752000000L, 1, 360, "Safeguarding partnership", "Advanced safeguarding for designated leads" },
                    { new Guid("7a1e0000-0000-4000-8000-000000000003"), "mash-multi-agency", "Screening contacts together, joint decisions, feedback to referrers and avoiding start-again syndrome.", 1308729802752000000L, 2, 420, "Safeguarding partnership", "Multi-agency working at the front door" }
                });

            migrationBuilder.InsertData(
                table: "training_requirements",
                columns: new[] { "Id", "CourseId", "FirstDueWithinDays", "Group", "RefreshEveryMonths" },
                values: new object[,]
                {
                    { new Guid("7a1e0000-0000-4000-8000-000000000101"), new Guid("7a1e0000-0000-4000-8000-000000000001"), 30, 1, 36 },
                    { new Guid("7a1e0000-0000-4000-8000-000000000102"), new Guid("7a1e0000-0000-4000-8000-000000000002"), 30, 2, 24 },
                    { new Guid("7a1e0000-0000-4000-8000-000000000103"), new Guid("7a1e0000-0000-4000-8000-000000000003"), 30, 3, 12 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_narratives_Year_SectionKey",
                table: "report_narratives",
                columns: new[] { "Year", "SectionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_bookings_EventId_PractitionerId",
                table: "training_bookings",
                columns: new[] { "EventId", "PractitionerId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_bookings_PractitionerId",
                table: "training_bookings",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_training_completions_CourseId",
                table: "training_completions",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_training_completions_PractitionerId_CourseId_CompletedOn",
                table: "training_completions",
                columns: new[] { "PractitionerId", "CourseId", "CompletedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_courses_Code",
                table: "training_courses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_events_CourseId",
                table: "training_events",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_training_events_HeldOn",
                table: "training_events",
                column: "HeldOn");

            migrationBuilder.CreateIndex(
                name: "IX_training_reminders_PractitionerId_RequirementId_DueOn_State",
                table: "training_reminders",
                columns: new[] { "PractitionerId", "RequirementId", "DueOn", "State" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_training_requirements_CourseId",
                table: "training_requirements",
                column: "CourseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_narratives");

            migrationBuilder.DropTable(
                name: "training_bookings");

            migrationBuilder.DropTable(
                name: "training_completions");

            migrationBuilder.DropTable(
                name: "training_reminders");

            migrationBuilder.DropTable(
                name: "training_requirements");

            migrationBuilder.DropTable(
                name: "training_events");

            migrationBuilder.DropTable(
                name: "training_courses");
        }
    }
}
