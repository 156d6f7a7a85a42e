using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tessera.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SectionKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_narratives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LengthMinutes = table.Column<int>(type: "integer", nullable: false),
                    Covers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_courses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequirementId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_completions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Venue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Places = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Group = table.Column<int>(type: "integer", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstDueWithinDays = table.Column<int>(type: "integer", nullable: false),
                    RefreshEveryMonths = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    { new Guid("7a1e0000-0000-4000-8000-000000000001"), "isp-essentials", "The seven golden rules, when consent is not needed, recording what you shared and why, and asking for advice.", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 3, 90, "Safeguarding partnership", "Information sharing essentials" },
                    { new Guid("7a1e0000-0000-4000-8000-000000000002"), "dsl-advanced", "Managing safeguarding records, referrals, thresholds, supervising staff and quality-assuring decisions to share.", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1, 360, "Safeguarding partnership", "Advanced safeguarding for designated leads" },
                    { new Guid("7a1e0000-0000-4000-8000-000000000003"), "mash-multi-agency", "Screening contacts together, joint decisions, feedback to referrers and avoiding start-again syndrome.", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 2, 420, "Safeguarding partnership", "Multi-agency working at the front door" }
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
