using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tessera.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Sharing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "not_shared_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareDraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChildRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    DecidedByRole = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: true),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    ReasonText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ConcernIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    AdviceRequestIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_not_shared_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_not_shared_decisions_child_records_ChildRecordId",
                        column: x => x.ChildRecordId,
                        principalTable: "child_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "share_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChildRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedFromConcernId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: true),
                    PurposeOther = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Consent = table.Column<int>(type: "integer", nullable: true),
                    ConsentNotSoughtReason = table.Column<int>(type: "integer", nullable: true),
                    ConsentNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecipientKind = table.Column<int>(type: "integer", nullable: true),
                    RecipientAgencyId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientPractitionerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SummaryFacts = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    SummaryOpinion = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    IdentitiesChecked = table.Column<bool>(type: "boolean", nullable: true),
                    FamilyTold = table.Column<bool>(type: "boolean", nullable: true),
                    FamilyNotToldReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DataCategories = table.Column<int>(type: "integer", nullable: true),
                    LawfulBasis = table.Column<int>(type: "integer", nullable: true),
                    Article9 = table.Column<int>(type: "integer", nullable: true),
                    SpecialCategoryCondition = table.Column<int>(type: "integer", nullable: true),
                    CriminalOffenceCondition = table.Column<int>(type: "integer", nullable: true),
                    GatewayCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    GatewayRegistryVersion = table.Column<int>(type: "integer", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_drafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_share_drafts_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_share_drafts_child_records_ChildRecordId",
                        column: x => x.ChildRecordId,
                        principalTable: "child_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareDraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChildRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderId = table.Column<Guid>(type: "uuid", nullable: true),
                    SenderAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderRole = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Purpose = table.Column<int>(type: "integer", nullable: false),
                    PurposeOther = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Consent = table.Column<int>(type: "integer", nullable: false),
                    ConsentNotSoughtReason = table.Column<int>(type: "integer", nullable: true),
                    ConsentNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecipientKind = table.Column<int>(type: "integer", nullable: false),
                    RecipientAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecipientPractitionerId = table.Column<Guid>(type: "uuid", nullable: true),
                    SummaryFacts = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    SummaryOpinion = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    FamilyTold = table.Column<bool>(type: "boolean", nullable: false),
                    FamilyNotToldReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DataCategories = table.Column<int>(type: "integer", nullable: false),
                    LawfulBasis = table.Column<int>(type: "integer", nullable: false),
                    Article9 = table.Column<int>(type: "integer", nullable: true),
                    SpecialCategoryCondition = table.Column<int>(type: "integer", nullable: true),
                    CriminalOffenceCondition = table.Column<int>(type: "integer", nullable: true),
                    SuggestedLawfulBasis = table.Column<int>(type: "integer", nullable: true),
                    SuggestedGatewayCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    GatewayCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GatewayRegistryVersion = table.Column<int>(type: "integer", nullable: false),
                    AdviceRequestIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedById = table.Column<Guid>(type: "uuid", nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgeBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shares_agencies_RecipientAgencyId",
                        column: x => x.RecipientAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_shares_agencies_SenderAgencyId",
                        column: x => x.SenderAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_shares_child_records_ChildRecordId",
                        column: x => x.ChildRecordId,
                        principalTable: "child_records",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "share_draft_concerns",
                columns: table => new
                {
                    ShareDraftId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernVersion = table.Column<Guid>(type: "uuid", nullable: false),
                    ChosenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_draft_concerns", x => new { x.ShareDraftId, x.ConcernId });
                    table.ForeignKey(
                        name: "FK_share_draft_concerns_share_drafts_ShareDraftId",
                        column: x => x.ShareDraftId,
                        principalTable: "share_drafts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    AddedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_share_amendments_shares_ShareId",
                        column: x => x.ShareId,
                        principalTable: "shares",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_outcome_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepliedById = table.Column<Guid>(type: "uuid", nullable: false),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_outcome_replies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_share_outcome_replies_shares_ShareId",
                        column: x => x.ShareId,
                        principalTable: "shares",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_withheld_items",
                columns: table => new
                {
                    ShareId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShieldId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_withheld_items", x => new { x.ShareId, x.ShieldId });
                    table.ForeignKey(
                        name: "FK_share_withheld_items_shares_ShareId",
                        column: x => x.ShareId,
                        principalTable: "shares",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "shared_concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShareId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcernId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    PractitionerView = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ChildSaid = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    ChildSeemed = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Amendments = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shared_concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shared_concerns_shares_ShareId",
                        column: x => x.ShareId,
                        principalTable: "shares",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_not_shared_decisions_AgencyId_DecidedAt",
                table: "not_shared_decisions",
                columns: new[] { "AgencyId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_not_shared_decisions_ChildRecordId",
                table: "not_shared_decisions",
                column: "ChildRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_share_amendments_ShareId",
                table: "share_amendments",
                column: "ShareId");

            migrationBuilder.CreateIndex(
                name: "IX_share_drafts_ChildRecordId",
                table: "share_drafts",
                column: "ChildRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_share_drafts_OwnerId_CompletedAt",
                table: "share_drafts",
                columns: new[] { "OwnerId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_share_outcome_replies_ShareId",
                table: "share_outcome_replies",
                column: "ShareId");

            migrationBuilder.CreateIndex(
                name: "IX_shared_concerns_ShareId",
                table: "shared_concerns",
                column: "ShareId");

            migrationBuilder.CreateIndex(
                name: "IX_shares_AcknowledgedAt_EscalatedAt_SentAt",
                table: "shares",
                columns: new[] { "AcknowledgedAt", "EscalatedAt", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_shares_ChildRecordId",
                table: "shares",
                column: "ChildRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_shares_RecipientAgencyId_SentAt",
                table: "shares",
                columns: new[] { "RecipientAgencyId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_shares_SenderAgencyId_SentAt",
                table: "shares",
                columns: new[] { "SenderAgencyId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "not_shared_decisions");

            migrationBuilder.DropTable(
                name: "share_amendments");

            migrationBuilder.DropTable(
                name: "share_draft_concerns");

            migrationBuilder.DropTable(
                name: "share_outcome_replies");

            migrationBuilder.DropTable(
                name: "share_withheld_items");

            migrationBuilder.DropTable(
                name: "shared_concerns");

            migrationBuilder.DropTable(
                name: "share_drafts");

            migrationBuilder.DropTable(
                name: "shares");
        }
    }
}
