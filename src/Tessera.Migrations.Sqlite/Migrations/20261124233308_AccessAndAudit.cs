using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tessera.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AccessAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "concerns",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "CaseHolderId",
                table: "child_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetentionCode",
                table: "child_records",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "child-record");

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "child_records",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "child_records",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "audit_checkpoints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainIndex = table.Column<long>(type: "INTEGER", nullable: false),
                    HeadHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    SignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Signature = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_checkpoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorKind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChildRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmergencyAccessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProcessId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "audit_seals",
                columns: table => new
                {
                    ChainIndex = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_seals", x => x.ChainIndex);
                });

            migrationBuilder.CreateTable(
                name: "child_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_assignments_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_assignments_child_records_ChildRecordId",
                        column: x => x.ChildRecordId,
                        principalTable: "child_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "emergency_accesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_emergency_accesses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_emergency_accesses_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "legal_holds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PlacedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LiftedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiftedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_legal_holds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_legal_holds_child_records_ChildRecordId",
                        column: x => x.ChildRecordId,
                        principalTable: "child_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "retention_schedules",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    KeepUntilAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_retention_schedules", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "shields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChildRecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwningAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ShieldedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShieldedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UnshieldedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    UnshieldedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UnshieldReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shields", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shields_child_records_ChildRecordId",
                        column: x => x.ChildRecordId,
                        principalTable: "child_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shield_viewers",
                columns: table => new
                {
                    ShieldId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shield_viewers", x => new { x.ShieldId, x.PractitionerId });
                    table.ForeignKey(
                        name: "FK_shield_viewers_AspNetUsers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_shield_viewers_shields_ShieldId",
                        column: x => x.ShieldId,
                        principalTable: "shields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "retention_schedules",
                columns: new[] { "Code", "Description", "KeepUntilAge", "Name", "Version" },
                values: new object[,]
                {
                    { "child-record", "Kept until the child's 25th birthday.", 25, "An agency's record of a child", new Guid("5b0c3f1e-0000-4000-8000-000000000001") },
                    { "concern", "Kept until the child's 25th birthday.", 25, "Concerns", new Guid("5b0c3f1e-0000-4000-8000-000000000002") },
                    { "looked-after", "Kept until the child's 75th birthday.", 75, "Looked-after children's records", new Guid("5b0c3f1e-0000-4000-8000-000000000004") },
                    { "school-child-protection", "Kept until the child's 25th birthday.", 25, "School child protection records", new Guid("5b0c3f1e-0000-4000-8000-000000000003") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_child_records_CaseHolderId",
                table: "child_records",
                column: "CaseHolderId");

            migrationBuilder.CreateIndex(
                name: "IX_child_records_TeamId",
                table: "child_records",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_checkpoints_ChainIndex",
                table: "audit_checkpoints",
                column: "ChainIndex");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ActorId_At",
                table: "audit_entries",
                columns: new[] { "ActorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_ChildRecordId_At",
                table: "audit_entries",
                columns: new[] { "ChildRecordId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_EmergencyAccessId",
                table: "audit_entries",
                column: "EmergencyAccessId");

            migrationBuilder.CreateIndex(
                name: "IX_audit_seals_EntryId",
                table: "audit_seals",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_child_assignments_ChildRecordId_PractitionerId",
                table: "child_assignments",
                columns: new[] { "ChildRecordId", "PractitionerId" });

            migrationBuilder.CreateIndex(
                name: "IX_child_assignments_PractitionerId",
                table: "child_assignments",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_emergency_accesses_OwningAgencyId_ReviewOutcome_StartedAt",
                table: "emergency_accesses",
                columns: new[] { "OwningAgencyId", "ReviewOutcome", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_emergency_accesses_PractitionerId_ChildRecordId_ExpiresAt",
                table: "emergency_accesses",
                columns: new[] { "PractitionerId", "ChildRecordId", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_legal_holds_ChildRecordId",
                table: "legal_holds",
                column: "ChildRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_shield_viewers_PractitionerId",
                table: "shield_viewers",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_shields_ChildRecordId",
                table: "shields",
                column: "ChildRecordId");

            migrationBuilder.AddForeignKey(
                name: "FK_child_records_AspNetUsers_CaseHolderId",
                table: "child_records",
                column: "CaseHolderId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_child_records_teams_TeamId",
                table: "child_records",
                column: "TeamId",
                principalTable: "teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_child_records_AspNetUsers_CaseHolderId",
                table: "child_records");

            migrationBuilder.DropForeignKey(
                name: "FK_child_records_teams_TeamId",
                table: "child_records");

            migrationBuilder.DropTable(
                name: "audit_checkpoints");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "audit_seals");

            migrationBuilder.DropTable(
                name: "child_assignments");

            migrationBuilder.DropTable(
                name: "emergency_accesses");

            migrationBuilder.DropTable(
                name: "legal_holds");

            migrationBuilder.DropTable(
                name: "retention_schedules");

            migrationBuilder.DropTable(
                name: "shield_viewers");

            migrationBuilder.DropTable(
                name: "shields");

            migrationBuilder.DropIndex(
                name: "IX_child_records_CaseHolderId",
                table: "child_records");

            migrationBuilder.DropIndex(
                name: "IX_child_records_TeamId",
                table: "child_records");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "concerns");

            migrationBuilder.DropColumn(
                name: "CaseHolderId",
                table: "child_records");

            migrationBuilder.DropColumn(
                name: "RetentionCode",
                table: "child_records");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "child_records");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "child_records");
        }
    }
}
