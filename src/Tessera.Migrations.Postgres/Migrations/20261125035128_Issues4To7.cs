using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tessera.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Issues4To7 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advice_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AskRole = table.Column<int>(type: "integer", nullable: false),
                    Question = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AnonymisedSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ShareDraftId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_advice_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_advice_requests_AspNetUsers_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_advice_requests_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bank_holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "barrier_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AgencyTypes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ReportedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportedByAgencyType = table.Column<int>(type: "integer", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Response = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RespondedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RespondedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_barrier_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "gateway_change_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BaseVersion = table.Column<int>(type: "integer", nullable: false),
                    Change = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AppliesTo = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Allows = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SenderTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purposes = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequiresData = table.Column<int>(type: "integer", nullable: false),
                    InForce = table.Column<bool>(type: "boolean", nullable: false),
                    CreatesLegalObligation = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProposedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AdoptedVersion = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_change_proposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gateway_change_proposals_AspNetUsers_ProposedById",
                        column: x => x.ProposedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "gateway_registry_versions",
                columns: table => new
                {
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_registry_versions", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "guidance_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ChangeSummary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PublishedById = table.Column<Guid>(type: "uuid", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guidance_versions", x => x.Id);
                });

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
                name: "practice_examples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WhatWorked = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Themes = table.Column<int>(type: "integer", nullable: false),
                    Tags = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AgencyTypes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubmittedById = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ModeratedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HelpfulCount = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_examples", x => x.Id);
                });

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
                name: "vocabulary_terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalisedTerm = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Definition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vocabulary_terms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "gateway_change_approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProposalId = table.Column<Guid>(type: "uuid", nullable: false),
                    Partner = table.Column<int>(type: "integer", nullable: false),
                    ApprovedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedByAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_change_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gateway_change_approvals_AspNetUsers_ApprovedById",
                        column: x => x.ApprovedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_gateway_change_approvals_gateway_change_proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "gateway_change_proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gateways",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistryVersion = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AppliesTo = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Allows = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SenderTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecipientTypes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purposes = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    RequiresData = table.Column<int>(type: "integer", nullable: false),
                    InForce = table.Column<bool>(type: "boolean", nullable: false),
                    CreatesLegalObligation = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateways", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gateways_gateway_registry_versions_RegistryVersion",
                        column: x => x.RegistryVersion,
                        principalTable: "gateway_registry_versions",
                        principalColumn: "Version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guidance_acknowledgements",
                columns: table => new
                {
                    GuidanceVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guidance_acknowledgements", x => new { x.GuidanceVersionId, x.PractitionerId });
                    table.ForeignKey(
                        name: "FK_guidance_acknowledgements_guidance_versions_GuidanceVersion~",
                        column: x => x.GuidanceVersionId,
                        principalTable: "guidance_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guidance_sections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GuidanceVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Markdown = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
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
                    PracticeExampleId = table.Column<Guid>(type: "uuid", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "agency_term_mappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyTerm = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NormalisedAgencyTerm = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UsedBy = table.Column<int>(type: "integer", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agency_term_mappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agency_term_mappings_vocabulary_terms_TermId",
                        column: x => x.TermId,
                        principalTable: "vocabulary_terms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "vocabulary_term_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Definition = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vocabulary_term_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_vocabulary_term_versions_vocabulary_terms_TermId",
                        column: x => x.TermId,
                        principalTable: "vocabulary_terms",
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

            migrationBuilder.CreateTable(
                name: "agency_term_mapping_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MappingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AgencyTerm = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    UsedBy = table.Column<int>(type: "integer", nullable: false),
                    TermId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agency_term_mapping_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agency_term_mapping_versions_agency_term_mappings_MappingId",
                        column: x => x.MappingId,
                        principalTable: "agency_term_mappings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "bank_holidays",
                columns: new[] { "Date", "Name" },
                values: new object[,]
                {
                    { new DateOnly(2025, 1, 1), "New Year's Day" },
                    { new DateOnly(2025, 4, 18), "Good Friday" },
                    { new DateOnly(2025, 4, 21), "Easter Monday" },
                    { new DateOnly(2025, 5, 5), "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), "Christmas Day" },
                    { new DateOnly(2025, 12, 26), "Boxing Day" },
                    { new DateOnly(2026, 1, 1), "New Year's Day" },
                    { new DateOnly(2026, 4, 3), "Good Friday" },
                    { new DateOnly(2026, 4, 6), "Easter Monday" },
                    { new DateOnly(2026, 5, 4), "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), "Christmas Day" },
                    { new DateOnly(2026, 12, 28), "Boxing Day (substitute day)" },
                    { new DateOnly(2027, 1, 1), "New Year's Day" },
                    { new DateOnly(2027, 3, 26), "Good Friday" },
                    { new DateOnly(2027, 3, 29), "Easter Monday" },
                    { new DateOnly(2027, 5, 3), "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), "Christmas Day (substitute day)" },
                    { new DateOnly(2027, 12, 28), "Boxing Day (substitute day)" },
                    { new DateOnly(2028, 1, 3), "New Year's Day (substitute day)" },
                    { new DateOnly(2028, 4, 14), "Good Friday" },
                    { new DateOnly(2028, 4, 17), "Easter Monday" },
                    { new DateOnly(2028, 5, 1), "Early May bank holiday" },
                    { new DateOnly(2028, 5, 29), "Spring bank holiday" },
                    { new DateOnly(2028, 8, 28), "Summer bank holiday" },
                    { new DateOnly(2028, 12, 25), "Christmas Day" },
                    { new DateOnly(2028, 12, 26), "Boxing Day" }
                });

            migrationBuilder.InsertData(
                table: "gateway_registry_versions",
                columns: new[] { "Version", "EffectiveFrom", "ProposalId" },
                values: new object[] { 1, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null });

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
                table: "vocabulary_terms",
                columns: new[] { "Id", "ChangedAt", "ChangedBy", "Definition", "Kind", "NormalisedTerm", "Term", "Version", "VersionNumber" },
                values: new object[,]
                {
                    { new Guid("0177f977-1ad0-6bef-8e33-c7c49cd75722"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child's needs are met by services every child uses, such as school and their GP.", 2, "level 1: universal", "Level 1: universal", new Guid("2048ae20-c0a4-3781-fb11-a3c724b0a7fa"), 1 },
                    { new Guid("0199f61b-39bd-24e1-5c8a-fbc1687a69a0"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A worker in the multi-agency safeguarding hub who looks at new referrals.", 5, "mash screener", "MASH screener", new Guid("72d83010-90b2-b348-0e97-4238bff142dd"), 1 },
                    { new Guid("02841f8b-f42e-7cd4-570b-c5f1032a4dbe"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child of school age who is not on a school roll and not being educated elsewhere.", 3, "missing from education", "Missing from education", new Guid("93f621e6-7d10-7ee6-1101-f0762f2b2bd4"), 1 },
                    { new Guid("0e51cd28-d486-2912-7aa8-761aac58e3f4"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child who looks after someone in their family who is ill, disabled or misuses drugs or alcohol.", 3, "young carer", "Young carer", new Guid("c39c5a24-dbd3-05ec-8ad4-01c98d9e26a6"), 1 },
                    { new Guid("1149882d-b553-a40a-ba88-bcc5afeed6b3"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child missed an appointment because the adult responsible did not bring them.", 6, "was not brought", "Was not brought", new Guid("e390a6aa-2820-5846-8c92-fc98ba292055"), 1 },
                    { new Guid("13220345-88d4-b680-d809-abee582396d3"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "NHS 111, walk-in centres, urgent treatment centres and out-of-hours doctors.", 4, "health: unscheduled care", "Health: unscheduled care", new Guid("6f544db6-8299-eac7-b2da-04f5f267af7b"), 1 },
                    { new Guid("15bea501-bb62-fcf8-c2df-f2bffa34563c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child under 16 who lives for 28 days or more with an adult who is not a close relative, arranged privately.", 3, "private fostering", "Private fostering", new Guid("ccc07623-d95d-a031-e755-ede2f552e791"), 1 },
                    { new Guid("16bd4f9c-8e07-2ea6-f42d-9b6b6fcd567c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Any other organisation in the partnership.", 4, "other agency", "Other agency", new Guid("6e00bb4f-e2ad-302f-c38d-3d3717cea054"), 1 },
                    { new Guid("1784bd2b-4c47-d069-939f-2d5ffc7fc920"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The person in an agency who leads on safeguarding and decides what to share.", 5, "designated safeguarding lead", "Designated safeguarding lead", new Guid("d21417e5-7156-90d3-94d0-fc872e6578dc"), 1 },
                    { new Guid("17ece69c-e8b3-d0a6-1051-0aa7d7a6effe"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A manager in the multi-agency safeguarding hub who decides what happens to a referral.", 5, "mash manager", "MASH manager", new Guid("4f6071fc-ac1d-78d9-dad6-a6ae1962e3e2"), 1 },
                    { new Guid("335f7092-9a90-0aa2-d6f6-8eea980e8d5b"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The person who sets up the partnership's agencies, people and shared vocabulary.", 5, "partnership administrator", "Partnership administrator", new Guid("e14f5a81-4df3-ad64-f326-17e45f592e37"), 1 },
                    { new Guid("3b06725f-2ab6-a47d-6c17-e46545ca8c25"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child or family needs some extra help, agreed with them, before problems grow.", 2, "level 2: early help", "Level 2: early help", new Guid("7c13c9ab-c9fc-fee9-4cd2-81ca8c1fec57"), 1 },
                    { new Guid("3b58b842-7315-31b0-63b9-9fde99016319"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The police force for the area, including its public protection and child abuse teams.", 4, "police", "Police", new Guid("a22ac8af-66fc-b506-91bd-35fae51f581f"), 1 },
                    { new Guid("3cc4aabc-7187-c417-6b78-33e86dd6301f"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A young person aged 16 to 25 who was looked after by the council.", 3, "care leaver", "Care leaver", new Guid("4cf949c9-ba21-4693-3ea6-4bf878d3107a"), 1 },
                    { new Guid("3e7470eb-f9af-add8-20f8-8b6016573e1e"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child is coerced, controlled or manipulated into sexual activity in exchange for something.", 1, "child sexual exploitation", "Child sexual exploitation", new Guid("a03aaa3e-ff6b-e78b-151f-a840fb893dd5"), 1 },
                    { new Guid("3e912ee3-6789-8d74-cb61-20870bd17655"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A plan agreed at a child protection conference because the child is at risk of significant harm.", 3, "child protection plan", "Child protection plan", new Guid("fc93a423-05fe-5249-53ea-5c9e60c72e6e"), 1 },
                    { new Guid("40c5d91c-a8cf-633d-7d0e-c3397544f3a2"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A hospital, including its emergency department, children's wards and maternity services.", 4, "health: hospital trust", "Health: hospital trust", new Guid("6006cd19-c38f-78d1-6e35-e66ca93976da"), 1 },
                    { new Guid("4a49a89b-0698-c94f-a1b3-6a298e370aef"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A nursery, pre-school or childminder.", 4, "education: early years", "Education: early years", new Guid("e03eae33-fcd7-9f7f-77f7-65e006ac023c"), 1 },
                    { new Guid("51d899f9-d3ce-df70-8a02-d3eccd3c2684"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A family doctor's surgery.", 4, "health: gp practice", "Health: GP practice", new Guid("6a8de158-2575-7658-a540-4d5cb1cd2ddc"), 1 },
                    { new Guid("534bcceb-809a-0f33-000c-08547164ca16"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A girl has had, or is at risk of, female genital mutilation.", 1, "female genital mutilation", "Female genital mutilation", new Guid("b51f415d-640b-5cae-abfd-faf2bbb348c4"), 1 },
                    { new Guid("5601dece-7235-7cf8-18a9-eb0d1d6fb178"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A shared assessment, agreed with the family, of what extra help they need.", 6, "early help assessment", "Early help assessment", new Guid("9182f99d-8ea5-8b6a-0f31-da33b22d1e4b"), 1 },
                    { new Guid("62f17878-50bc-9fe8-1cda-805d4444d01f"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child is coerced, controlled or manipulated into criminal activity, such as county lines.", 1, "child criminal exploitation", "Child criminal exploitation", new Guid("05a88904-af78-988b-7c1a-3b34a43998c1"), 1 },
                    { new Guid("637342ce-8556-42e5-c076-4a0a8924d02c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The team where police, children's social care, health and others decide together what happens to a referral.", 6, "multi-agency safeguarding hub", "Multi-agency safeguarding hub", new Guid("c43805f4-cb5e-0285-53f2-6904a4e9f02d"), 1 },
                    { new Guid("653fdc55-1fa1-56cc-949a-3b215d4d8ce9"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A school or academy, including its designated safeguarding lead.", 4, "education: school", "Education: school", new Guid("83d63381-0b00-003a-9749-fef3fbef998c"), 1 },
                    { new Guid("67e3cf8a-a605-8a58-1378-7cb0bca47f42"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child seeking asylum in the UK who is not with a parent or carer.", 3, "unaccompanied asylum-seeking child", "Unaccompanied asylum-seeking child", new Guid("6553e677-5143-1923-df2b-d63fc1a53be4"), 1 },
                    { new Guid("6b4a1e7a-d290-e97c-0a4c-b35ab303ae64"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child who needs extra help to learn, with or without an education, health and care plan.", 3, "special educational needs", "Special educational needs", new Guid("9469d55f-3b08-7dcc-a15c-06f37bf2e524"), 1 },
                    { new Guid("6c4f4919-b29b-be26-2a07-5d7d9186f886"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Forcing or enticing a child to take part in sexual activities, including online.", 1, "sexual abuse", "Sexual abuse", new Guid("7e890fc3-c7a0-7b37-cc55-77255c7d66f4"), 1 },
                    { new Guid("6df6cb65-cdd5-0686-544b-0d5f3c1c39aa"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Nurses who visit families with children under 5, and nurses who work with schools.", 4, "health: health visiting and school nursing", "Health: health visiting and school nursing", new Guid("027bc6b5-382d-536c-9b65-4a73498d5bd8"), 1 },
                    { new Guid("7249901c-5e6b-b21d-c7e0-90b0c88eb237"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Anyone who works with children and records or reads concerns in Tessera.", 5, "practitioner", "Practitioner", new Guid("0bc450f1-caf2-7f7e-7064-28c319c41749"), 1 },
                    { new Guid("7b96a10f-782e-49c4-1b47-c8a101696d95"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child has several or complex needs and several agencies work together with the family.", 2, "level 3: targeted", "Level 3: targeted", new Guid("f971aae6-f617-9d24-e135-c5b0ad02bbf2"), 1 },
                    { new Guid("801fb9ba-d7ff-b4a3-9cbb-9fc6b4ef81af"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A leader who sees reports on how the partnership shares information.", 5, "strategic lead", "Strategic lead", new Guid("b735409d-ac4f-c469-0980-e99046af7a4f"), 1 },
                    { new Guid("80f2b954-1f5a-21e8-9814-b47b987556bc"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child is drawn into supporting terrorism or extremist ideologies.", 1, "radicalisation", "Radicalisation", new Guid("2b51bc78-3a76-6fe8-0c0b-cb54ec7496b4"), 1 },
                    { new Guid("8370c1c7-6b6e-346e-eff5-5d1562394488"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The agency has decided not to do anything more.", 6, "no further action", "No further action", new Guid("fb5357d5-23a6-fb6d-85c6-0a9d92efa143"), 1 },
                    { new Guid("8f69d13d-b629-6a03-4d36-338b8306d58e"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A practitioner trusted to see more, such as shared information about children they work with.", 5, "trusted practitioner", "Trusted practitioner", new Guid("8bb1481e-a373-e9fd-c563-ed282943fe61"), 1 },
                    { new Guid("8fddab27-ed35-5ebb-2df7-26e4e12428db"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child is, or may be, at risk of significant harm, or needs children's social care by law.", 2, "level 4: specialist or statutory", "Level 4: specialist or statutory", new Guid("2974db2e-5715-0b96-437e-f56df16a70b8"), 1 },
                    { new Guid("963f89d1-0301-18ba-54cf-03c3fabb9ae2"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The person who answers requests for personal data, reviews emergency access and sets how long records are kept.", 5, "privacy officer", "Privacy officer", new Guid("2be9655a-b23b-acaa-eb54-0ac0676d44e0"), 1 },
                    { new Guid("a64467a1-5abf-8ef6-c357-a6d9b87015d9"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A further education college or sixth form.", 4, "education: college", "Education: college", new Guid("4805a525-dc08-c66c-ac98-f0ea773eb5d5"), 1 },
                    { new Guid("a6f076b8-e340-f01d-913a-090cedbcc1c1"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child harms themselves or their mental health puts them at risk.", 1, "self-harm and mental health", "Self-harm and mental health", new Guid("8474a66e-b2f7-1bda-023b-7620739e1767"), 1 },
                    { new Guid("a8878f3d-dd17-faef-66f7-fa11276e269c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "An injury that someone caused on purpose rather than by accident.", 6, "non-accidental injury", "Non-accidental injury", new Guid("183abe3a-585e-a682-0ccb-1c32516bc355"), 1 },
                    { new Guid("afa8a143-13d5-9062-ecbf-3ef025aae2c6"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child whose health or development is likely to suffer without help from the council's children's services (Children Act 1989, section 17).", 3, "child in need", "Child in need", new Guid("07c1c8d8-c4e6-1334-38b5-9f31b548a046"), 1 },
                    { new Guid("b34ae208-204a-9830-69df-05180c119287"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A charity or community organisation working with children or families.", 4, "voluntary sector", "Voluntary sector", new Guid("786a3040-5890-cbdf-5fee-8a592d108452"), 1 },
                    { new Guid("b9c92523-8552-385c-57ce-8e8f17ec966e"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Hitting, shaking, throwing, poisoning, burning, scalding, drowning, suffocating or otherwise causing physical harm.", 1, "physical abuse", "Physical abuse", new Guid("0b4e1640-6fbc-9390-816a-65ec7274b28c"), 1 },
                    { new Guid("c2c681be-8844-739b-5f95-a1b32c396d4c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A safeguarding or welfare concern that fits no other category.", 1, "other", "Other", new Guid("fc3211a8-db48-d08b-c107-407388f2e426"), 1 },
                    { new Guid("d2281c2f-76e0-ee01-eab5-1edac5dae18f"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Persistent failure to meet a child's basic physical or psychological needs.", 1, "neglect", "Neglect", new Guid("b0b720d3-6b03-a925-236f-9981c5e848c0"), 1 },
                    { new Guid("d81668e3-c17f-f881-eed6-5350e9d7becc"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The council's children's services: assessments, child protection and children in care.", 4, "children's social care", "Children's social care", new Guid("fadb81aa-731f-b3af-af6c-f7ae32620d7d"), 1 },
                    { new Guid("d9c84277-fdb3-c688-e309-3f44e165e6fc"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Persistent emotional ill-treatment that severely affects a child's emotional development.", 1, "emotional abuse", "Emotional abuse", new Guid("58e8ffb1-2a44-8e24-e45b-819b42b58c01"), 1 },
                    { new Guid("e0f4c537-212e-6421-97e2-11183d05a8e7"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child in the council's care, for example living with foster carers or in a children's home.", 3, "looked-after child", "Looked-after child", new Guid("adc2dbf3-d42e-14cf-7149-f3d00e61b7fe"), 1 },
                    { new Guid("e5d9ef25-0121-8366-d850-05dfe36808cd"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Abusive behaviour between people aged 16 or over who are personally connected, which a child sees, hears or experiences.", 1, "domestic abuse", "Domestic abuse", new Guid("7b6a4499-097c-9d4d-4f32-882d8c31436b"), 1 },
                    { new Guid("ebf9ffec-f668-25d7-665d-a7c8a5999146"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The NHS body that plans and pays for health services in the area, home of the designated safeguarding nurse and doctor.", 4, "health: integrated care board", "Health: integrated care board", new Guid("ec52686c-0cc0-4098-433b-5d0ddfb3e9c4"), 1 },
                    { new Guid("f17c9e29-40b5-d227-c834-ee0e4cc20c36"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child goes missing from home or care, or is missing from education.", 1, "missing from home or education", "Missing from home or education", new Guid("c7e19f2f-0105-e87b-cbf3-2d5b4106d6b2"), 1 },
                    { new Guid("f250d1c0-a31b-8e64-32ea-52c879aef872"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A meeting of police, children's social care and health, held quickly, to decide whether to make child protection enquiries.", 6, "strategy discussion", "Strategy discussion", new Guid("a317e6e3-1bca-e9e0-b29e-27803f3d6717"), 1 },
                    { new Guid("fbaa4a76-b0e0-74cb-7878-b212e7e63835"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child whose parents have chosen to educate them at home.", 3, "elective home education", "Elective home education", new Guid("766e37ab-2b68-66df-12e3-9efa8b162d85"), 1 },
                    { new Guid("fec9d084-0f59-9a44-7379-34242895d214"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Enquiries the council makes when it suspects a child is suffering, or likely to suffer, significant harm (section 47).", 6, "child protection enquiry", "Child protection enquiry", new Guid("c15dd67d-90be-0826-7606-c547cfb1e32d"), 1 },
                    { new Guid("ff0bd9fd-ab13-596a-ed72-90b151db77af"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The council's early help service, working with families who agree to extra support.", 4, "early help", "Early help", new Guid("b7690aa1-e06c-5dab-2feb-d6a07fd65e81"), 1 },
                    { new Guid("fffde2fb-3738-f7ce-6341-6720cc375eb8"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Harm a child meets online, such as grooming, bullying or harmful content.", 1, "online harm", "Online harm", new Guid("a8a608bd-7ceb-b7d8-d844-2712a6087248"), 1 }
                });

            migrationBuilder.InsertData(
                table: "agency_term_mappings",
                columns: new[] { "Id", "AgencyTerm", "ChangedAt", "ChangedBy", "NormalisedAgencyTerm", "TermId", "UsedBy", "Version", "VersionNumber" },
                values: new object[,]
                {
                    { new Guid("18cfedbd-677e-164a-cdff-d7f72b2a67fd"), "CPP", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cpp", new Guid("3e912ee3-6789-8d74-cb61-20870bd17655"), 0, new Guid("375e6885-88f0-d1bc-b3cf-5edcc4e6b505"), 1 },
                    { new Guid("2bc209e3-39df-586a-b458-39342258234a"), "DV", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "dv", new Guid("e5d9ef25-0121-8366-d850-05dfe36808cd"), 0, new Guid("4c5618a4-814b-672a-206a-8ca571ff4634"), 1 },
                    { new Guid("2d38fd9b-8450-aa9c-a666-7ee9e1fc3f78"), "MFH", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "mfh", new Guid("f17c9e29-40b5-d227-c834-ee0e4cc20c36"), 1, new Guid("95159ce8-38ea-1a38-7dcb-c17ca7edce72"), 1 },
                    { new Guid("2da430a2-428c-8c71-9f17-c88e92157682"), "S47", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "s47", new Guid("fec9d084-0f59-9a44-7379-34242895d214"), 2, new Guid("3ec4ad43-fd11-6251-fcc7-b2c07724d4f5"), 1 },
                    { new Guid("2dddba1a-3eef-6646-73b1-1a8104477dfd"), "UASC", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "uasc", new Guid("67e3cf8a-a605-8a58-1378-7cb0bca47f42"), 0, new Guid("847a7e04-501a-7c1b-4695-9f67a70232f0"), 1 },
                    { new Guid("2df7ea82-4872-5916-b1df-be6d944ac90e"), "CP", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cp", new Guid("3e912ee3-6789-8d74-cb61-20870bd17655"), 2, new Guid("875b04e8-4514-e5a6-b9be-b29df7debba9"), 1 },
                    { new Guid("2ed6160b-7a49-44cc-4b96-ac93a2cc7428"), "SEN", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "sen", new Guid("6b4a1e7a-d290-e97c-0a4c-b35ab303ae64"), 20, new Guid("9cf2b6b3-816f-45d6-ad76-226145987467"), 1 },
                    { new Guid("3244526e-11c3-1c0c-e096-424632287bb3"), "CME", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cme", new Guid("02841f8b-f42e-7cd4-570b-c5f1032a4dbe"), 20, new Guid("d9e02666-518e-b436-75b4-9ad1ac104881"), 1 },
                    { new Guid("346b1dc7-2989-ecf8-9add-bc27fd4daf39"), "NAI", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "nai", new Guid("a8878f3d-dd17-faef-66f7-fa11276e269c"), 11, new Guid("e08cad42-6756-36b0-3c85-bb64f19d477f"), 1 },
                    { new Guid("4216e5c2-2efc-7029-1798-877a7b8c0ba6"), "LAC", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "lac", new Guid("e0f4c537-212e-6421-97e2-11183d05a8e7"), 0, new Guid("285c5d34-9452-b9d2-2849-5daa892171c3"), 1 },
                    { new Guid("5d7c7084-ec04-384d-a8bb-f2ff442fcf1d"), "DSL", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "dsl", new Guid("1784bd2b-4c47-d069-939f-2d5ffc7fc920"), 20, new Guid("b99386f4-0230-7bd7-3f98-9e99a6e09538"), 1 },
                    { new Guid("732a6a38-b6fa-5020-1e36-ba5419899da0"), "CLA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cla", new Guid("e0f4c537-212e-6421-97e2-11183d05a8e7"), 2, new Guid("6cc1b494-0bf6-e009-eb55-b6c44cc098d3"), 1 },
                    { new Guid("7a907641-fd15-4947-ac07-46394d1755e4"), "WNB", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "wnb", new Guid("1149882d-b553-a40a-ba88-bcc5afeed6b3"), 12, new Guid("70741e30-eac1-8b48-6b7c-015306654886"), 1 },
                    { new Guid("8b802eae-953f-8068-9b04-669b5e652fcb"), "MASH", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "mash", new Guid("637342ce-8556-42e5-c076-4a0a8924d02c"), 0, new Guid("976bc215-9bca-d2ca-d95a-8ad4ff7f03a9"), 1 },
                    { new Guid("8d786df6-348a-df32-235f-c7ff0af6f720"), "EHE", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "ehe", new Guid("fbaa4a76-b0e0-74cb-7878-b212e7e63835"), 20, new Guid("644b9dbb-3030-d696-76f1-d2ad44095e61"), 1 },
                    { new Guid("91911515-ce99-3a37-4a98-ca60c8f4fd81"), "DA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "da", new Guid("e5d9ef25-0121-8366-d850-05dfe36808cd"), 1, new Guid("71975a46-0800-b2a1-4965-5bb0266fa3f6"), 1 },
                    { new Guid("99abcf43-21ad-c2ed-1f83-4fde129bcb30"), "DNA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "dna", new Guid("1149882d-b553-a40a-ba88-bcc5afeed6b3"), 11, new Guid("0d5234e6-09ac-b468-879f-5a2cb5376e28"), 1 },
                    { new Guid("9a2a08b9-2b67-4fc9-8e42-df4644600398"), "CSE", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cse", new Guid("3e7470eb-f9af-add8-20f8-8b6016573e1e"), 0, new Guid("253dcc9d-f3cf-a540-2b56-8ffdd71f385b"), 1 },
                    { new Guid("c961536e-dbde-a150-3110-2fb070ce588a"), "NFA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "nfa", new Guid("8370c1c7-6b6e-346e-eff5-5d1562394488"), 1, new Guid("3469e2e2-5d09-f226-b6fa-ec19507ab217"), 1 },
                    { new Guid("cc8ba3df-6f7d-0425-9fd8-46458367120e"), "SEND", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "send", new Guid("6b4a1e7a-d290-e97c-0a4c-b35ab303ae64"), 20, new Guid("f572a01c-2233-ba74-1c83-fbd10de92531"), 1 },
                    { new Guid("d4e1a23a-9892-a777-3f3c-0540a5d32b40"), "CCE", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cce", new Guid("62f17878-50bc-9fe8-1cda-805d4444d01f"), 0, new Guid("46923de4-e028-d986-db84-ea2dd9eb5d15"), 1 },
                    { new Guid("d7fab806-5df3-99cf-2c01-034178852e96"), "FGM", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "fgm", new Guid("534bcceb-809a-0f33-000c-08547164ca16"), 0, new Guid("1a9992db-b6a0-370c-e5b9-447191becd41"), 1 },
                    { new Guid("dcb9e186-74df-6d60-1a1d-a2a218468d00"), "EHA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "eha", new Guid("5601dece-7235-7cf8-18a9-eb0d1d6fb178"), 3, new Guid("d7f8a48b-5ea7-4aab-2fe7-05f6ebae85c2"), 1 },
                    { new Guid("dde20abe-1616-cb45-cc46-070587e9a4a4"), "CIN", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "cin", new Guid("afa8a143-13d5-9062-ecbf-3ef025aae2c6"), 2, new Guid("c76a652a-c382-0b76-0f73-844c1cf9e218"), 1 },
                    { new Guid("eaebd5f0-3434-aec8-19dc-f990e1aafaf0"), "S17", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "s17", new Guid("afa8a143-13d5-9062-ecbf-3ef025aae2c6"), 2, new Guid("bf80f051-ecc3-8d38-0daa-e5873e84eb5c"), 1 }
                });

            migrationBuilder.InsertData(
                table: "gateways",
                columns: new[] { "Id", "Allows", "AppliesTo", "Code", "CreatesLegalObligation", "InForce", "Kind", "Position", "Purposes", "RecipientTypes", "RegistryVersion", "RequiresData", "SenderTypes", "Title" },
                values: new object[,]
                {
                    { new Guid("00000740-0000-7000-8000-000000000001"), "Provide services for children in need and assess their needs.", "Local authorities", "CA1989-S17", false, true, 1, 1, "1,2", "", 1, 0, "2,3", "Children Act 1989 section 17" },
                    { new Guid("00000740-0000-7000-8000-000000000002"), "When a local authority asks for help, they must give it if it is compatible with their own duties.", "Other authorities and health bodies asked by a local authority", "CA1989-S27", false, true, 1, 2, "2", "2,3", 1, 0, "10,11,12,13,14", "Children Act 1989 section 27" },
                    { new Guid("00000740-0000-7000-8000-000000000003"), "The local authority must make enquiries where a child may be suffering significant harm; named bodies must help with information.", "Local authority enquiries into significant harm, and the bodies named to assist", "CA1989-S47", false, true, 1, 3, "1", "2", 1, 0, "2,3,10,11,12,13,14,20,21", "Children Act 1989 section 47 (and 47(9) to (11))" },
                    { new Guid("00000740-0000-7000-8000-000000000004"), "Co-operate to improve the well-being of children.", "Local authorities and their relevant partners", "CA2004-S10", false, true, 1, 4, "1,2", "2,3,1,10,11,13,14,20,21", 1, 0, "2,3,1,10,11,13,14,20,21", "Children Act 2004 section 10" },
                    { new Guid("00000740-0000-7000-8000-000000000005"), "Make sure their functions are carried out having regard to the need to safeguard and promote the welfare of children.", "Local authorities, NHS bodies, police and other section 11 bodies", "CA2004-S11", false, true, 1, 5, "1,2", "", 1, 0, "2,3,1,10,11,13,14", "Children Act 2004 section 11" },
                    { new Guid("00000740-0000-7000-8000-000000000006"), "Share information relevant to a child's safeguarding or welfare unless sharing is more detrimental to the child than not sharing; include the consistent identifier. In force only once commenced by regulations.", "Section 11 bodies, education and childcare agencies, and their contractors", "CA2004-S16LA", true, false, 1, 6, "1,2", "", 1, 0, "2,3,1,10,11,13,14,12,20,21,22", "Children Act 2004 sections 16LA and 16LC (2026)" },
                    { new Guid("00000740-0000-7000-8000-000000000007"), "A power, not a duty, to disclose information for the purposes of reducing crime and disorder.", "Anyone, disclosing to the police, local authorities, probation or health bodies", "CDA1998-S115", false, true, 2, 7, "1", "1,2,3,10,11,12,13,14", 1, 4, "", "Crime and Disorder Act 1998 section 115" },
                    { new Guid("00000740-0000-7000-8000-000000000008"), "Safeguard and promote the welfare of pupils (Keeping children safe in education).", "Schools and colleges", "EA2002-S175-S157", false, true, 1, 8, "1,2", "", 1, 0, "20,21", "Education Act 2002 sections 175 and 157" },
                    { new Guid("00000740-0000-7000-8000-000000000009"), "Tell a child's school or early years setting about domestic abuse incidents the child was involved in.", "Police", "VPA2024-ENCOMPASS", false, true, 1, 9, "1", "20,22", 1, 0, "1", "Victims and Prisoners Act 2024 (Operation Encompass)" },
                    { new Guid("00000740-0000-7000-8000-000000000010"), "Sharing is lawful on an Article 6 basis, with an Article 9 or 10 condition for special category or criminal offence data.", "All controllers", "UKGDPR-DPA2018", false, true, 3, 10, "", "", 1, 0, "", "UK GDPR and Data Protection Act 2018" },
                    { new Guid("00000740-0000-7000-8000-000000000011"), "Interfering with private and family life must be lawful, necessary and proportionate.", "Public authorities", "HRA1998-ART8", false, true, 3, 11, "", "", 1, 0, "1,2,3,10,11,12,13,14,20,21,22", "Human Rights Act 1998, Article 8" },
                    { new Guid("00000740-0000-7000-8000-000000000012"), "Disclose with consent, under a legal duty, or where there is an overriding public interest.", "Anyone holding confidential information", "COMMON-LAW-CONFIDENTIALITY", false, true, 3, 12, "", "", 1, 0, "", "Common law duty of confidentiality" },
                    { new Guid("00000740-0000-7000-8000-000000000013"), "Principle 7: the duty to share information can be as important as the duty to protect confidentiality.", "Health and care", "CALDICOTT", false, true, 3, 13, "", "", 1, 0, "10,11,12,13,14,2,3", "Caldicott principles" }
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

            migrationBuilder.InsertData(
                table: "vocabulary_term_versions",
                columns: new[] { "Id", "ChangedAt", "ChangedBy", "Definition", "Kind", "Number", "Term", "TermId" },
                values: new object[,]
                {
                    { new Guid("025394a9-b70f-cf6d-0468-f633605fecf6"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Any other organisation in the partnership.", 4, 1, "Other agency", new Guid("16bd4f9c-8e07-2ea6-f42d-9b6b6fcd567c") },
                    { new Guid("068e0a1c-7909-05d6-5b9a-a2926e38411f"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Persistent failure to meet a child's basic physical or psychological needs.", 1, 1, "Neglect", new Guid("d2281c2f-76e0-ee01-eab5-1edac5dae18f") },
                    { new Guid("06f8c916-082a-4515-e6ac-a4c0a09f75ad"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The police force for the area, including its public protection and child abuse teams.", 4, 1, "Police", new Guid("3b58b842-7315-31b0-63b9-9fde99016319") },
                    { new Guid("0d418b18-378f-e3e7-2103-34dcf9a9c959"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child seeking asylum in the UK who is not with a parent or carer.", 3, 1, "Unaccompanied asylum-seeking child", new Guid("67e3cf8a-a605-8a58-1378-7cb0bca47f42") },
                    { new Guid("14c285a5-1771-0c22-8e1f-25f437e9d868"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A hospital, including its emergency department, children's wards and maternity services.", 4, 1, "Health: hospital trust", new Guid("40c5d91c-a8cf-633d-7d0e-c3397544f3a2") },
                    { new Guid("15cfc5af-f306-0d20-41f3-b6a6e44844f0"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A nursery, pre-school or childminder.", 4, 1, "Education: early years", new Guid("4a49a89b-0698-c94f-a1b3-6a298e370aef") },
                    { new Guid("168c0fc0-59c0-65f4-0c09-e32c074e7fa0"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child whose parents have chosen to educate them at home.", 3, 1, "Elective home education", new Guid("fbaa4a76-b0e0-74cb-7878-b212e7e63835") },
                    { new Guid("1801625a-7844-d190-7cf1-7fab22e361aa"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "NHS 111, walk-in centres, urgent treatment centres and out-of-hours doctors.", 4, 1, "Health: unscheduled care", new Guid("13220345-88d4-b680-d809-abee582396d3") },
                    { new Guid("18e9439b-dbac-249d-3442-c52116e4fee3"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child or family needs some extra help, agreed with them, before problems grow.", 2, 1, "Level 2: early help", new Guid("3b06725f-2ab6-a47d-6c17-e46545ca8c25") },
                    { new Guid("219fa956-f137-02a3-c970-15f9eb3d0fa8"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child is drawn into supporting terrorism or extremist ideologies.", 1, 1, "Radicalisation", new Guid("80f2b954-1f5a-21e8-9814-b47b987556bc") },
                    { new Guid("29b0140c-1d72-8ab5-d16e-0686cb427510"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child who needs extra help to learn, with or without an education, health and care plan.", 3, 1, "Special educational needs", new Guid("6b4a1e7a-d290-e97c-0a4c-b35ab303ae64") },
                    { new Guid("2ec057ae-3c83-80b7-3bd5-a348ab656faf"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child missed an appointment because the adult responsible did not bring them.", 6, 1, "Was not brought", new Guid("1149882d-b553-a40a-ba88-bcc5afeed6b3") },
                    { new Guid("31ff2065-5d51-71a9-42e1-9be5cf694e16"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The person in an agency who leads on safeguarding and decides what to share.", 5, 1, "Designated safeguarding lead", new Guid("1784bd2b-4c47-d069-939f-2d5ffc7fc920") },
                    { new Guid("3f106ca8-e7eb-110c-8780-fdb12d8b520c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A young person aged 16 to 25 who was looked after by the council.", 3, 1, "Care leaver", new Guid("3cc4aabc-7187-c417-6b78-33e86dd6301f") },
                    { new Guid("404c2308-7f4d-a1a1-dc66-38ce854d0149"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A safeguarding or welfare concern that fits no other category.", 1, 1, "Other", new Guid("c2c681be-8844-739b-5f95-a1b32c396d4c") },
                    { new Guid("425401d0-6563-1bc9-72a4-8a32ea56c086"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child harms themselves or their mental health puts them at risk.", 1, 1, "Self-harm and mental health", new Guid("a6f076b8-e340-f01d-913a-090cedbcc1c1") },
                    { new Guid("48a677c5-8636-bdcf-bee3-7c7eb3f059de"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A shared assessment, agreed with the family, of what extra help they need.", 6, 1, "Early help assessment", new Guid("5601dece-7235-7cf8-18a9-eb0d1d6fb178") },
                    { new Guid("4b1de4c8-49ad-1cad-ac1f-9d76b96e6c28"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Abusive behaviour between people aged 16 or over who are personally connected, which a child sees, hears or experiences.", 1, 1, "Domestic abuse", new Guid("e5d9ef25-0121-8366-d850-05dfe36808cd") },
                    { new Guid("59fe0522-44f2-f5b9-ea1e-b7a3cebbccf9"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The person who sets up the partnership's agencies, people and shared vocabulary.", 5, 1, "Partnership administrator", new Guid("335f7092-9a90-0aa2-d6f6-8eea980e8d5b") },
                    { new Guid("608e71fb-5e4d-8878-8662-a5b48bc9b878"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A leader who sees reports on how the partnership shares information.", 5, 1, "Strategic lead", new Guid("801fb9ba-d7ff-b4a3-9cbb-9fc6b4ef81af") },
                    { new Guid("60a223a2-8872-5610-4de0-d28621e9a627"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Hitting, shaking, throwing, poisoning, burning, scalding, drowning, suffocating or otherwise causing physical harm.", 1, 1, "Physical abuse", new Guid("b9c92523-8552-385c-57ce-8e8f17ec966e") },
                    { new Guid("67d4e32c-9a2b-760f-db1b-f5ad74f1d28e"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child of school age who is not on a school roll and not being educated elsewhere.", 3, 1, "Missing from education", new Guid("02841f8b-f42e-7cd4-570b-c5f1032a4dbe") },
                    { new Guid("6a1ec821-6124-890a-e1ec-fecb35a2e3e6"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Anyone who works with children and records or reads concerns in Tessera.", 5, 1, "Practitioner", new Guid("7249901c-5e6b-b21d-c7e0-90b0c88eb237") },
                    { new Guid("6f7c7351-5338-c977-97c5-d570a0d8a529"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child's needs are met by services every child uses, such as school and their GP.", 2, 1, "Level 1: universal", new Guid("0177f977-1ad0-6bef-8e33-c7c49cd75722") },
                    { new Guid("6ffad0cb-fef1-0c63-f270-d30b6b110894"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "An injury that someone caused on purpose rather than by accident.", 6, 1, "Non-accidental injury", new Guid("a8878f3d-dd17-faef-66f7-fa11276e269c") },
                    { new Guid("70fb7d6b-7d4f-1074-8abe-340a0f06f52e"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child who looks after someone in their family who is ill, disabled or misuses drugs or alcohol.", 3, 1, "Young carer", new Guid("0e51cd28-d486-2912-7aa8-761aac58e3f4") },
                    { new Guid("7a41622e-2ab7-3350-9d5e-43c8f8879c77"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child is coerced, controlled or manipulated into sexual activity in exchange for something.", 1, 1, "Child sexual exploitation", new Guid("3e7470eb-f9af-add8-20f8-8b6016573e1e") },
                    { new Guid("8475e5b9-87b3-8009-c580-6248b194e7e2"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A worker in the multi-agency safeguarding hub who looks at new referrals.", 5, 1, "MASH screener", new Guid("0199f61b-39bd-24e1-5c8a-fbc1687a69a0") },
                    { new Guid("8bc1b1c3-2c57-26f8-1f03-025731018a82"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Enquiries the council makes when it suspects a child is suffering, or likely to suffer, significant harm (section 47).", 6, 1, "Child protection enquiry", new Guid("fec9d084-0f59-9a44-7379-34242895d214") },
                    { new Guid("8c2ccc33-e4dc-4aff-c731-43760afbee62"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A further education college or sixth form.", 4, 1, "Education: college", new Guid("a64467a1-5abf-8ef6-c357-a6d9b87015d9") },
                    { new Guid("8d4e7508-dc66-0f19-db20-057fc9c78dce"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Persistent emotional ill-treatment that severely affects a child's emotional development.", 1, 1, "Emotional abuse", new Guid("d9c84277-fdb3-c688-e309-3f44e165e6fc") },
                    { new Guid("916826e2-fd0e-8c81-f193-45dfd0fe1b95"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A meeting of police, children's social care and health, held quickly, to decide whether to make child protection enquiries.", 6, 1, "Strategy discussion", new Guid("f250d1c0-a31b-8e64-32ea-52c879aef872") },
                    { new Guid("95c9e78e-9779-8db9-5e53-8b954a63216b"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child in the council's care, for example living with foster carers or in a children's home.", 3, 1, "Looked-after child", new Guid("e0f4c537-212e-6421-97e2-11183d05a8e7") },
                    { new Guid("a4b352e5-af66-e618-2f02-83c574a598ae"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A girl has had, or is at risk of, female genital mutilation.", 1, 1, "Female genital mutilation", new Guid("534bcceb-809a-0f33-000c-08547164ca16") },
                    { new Guid("a6594ff8-e657-f0cc-1fb8-48c8ab6cbf11"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The council's early help service, working with families who agree to extra support.", 4, 1, "Early help", new Guid("ff0bd9fd-ab13-596a-ed72-90b151db77af") },
                    { new Guid("aa797e4a-a023-a2c3-7f6d-252304991ba7"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child is, or may be, at risk of significant harm, or needs children's social care by law.", 2, 1, "Level 4: specialist or statutory", new Guid("8fddab27-ed35-5ebb-2df7-26e4e12428db") },
                    { new Guid("ac6224f6-6311-213c-da0c-a86196e2735f"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The agency has decided not to do anything more.", 6, 1, "No further action", new Guid("8370c1c7-6b6e-346e-eff5-5d1562394488") },
                    { new Guid("ad687377-bf30-d6ae-fb53-d83047999325"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child is coerced, controlled or manipulated into criminal activity, such as county lines.", 1, 1, "Child criminal exploitation", new Guid("62f17878-50bc-9fe8-1cda-805d4444d01f") },
                    { new Guid("b22b7eb6-7252-dfd1-6bae-410efab52f5f"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The person who answers requests for personal data, reviews emergency access and sets how long records are kept.", 5, 1, "Privacy officer", new Guid("963f89d1-0301-18ba-54cf-03c3fabb9ae2") },
                    { new Guid("b7bfb06c-019f-e95e-d574-8704a29f0ee7"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A family doctor's surgery.", 4, 1, "Health: GP practice", new Guid("51d899f9-d3ce-df70-8a02-d3eccd3c2684") },
                    { new Guid("b800c4fc-9e88-6664-7288-70bd7e28e7b9"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child whose health or development is likely to suffer without help from the council's children's services (Children Act 1989, section 17).", 3, 1, "Child in need", new Guid("afa8a143-13d5-9062-ecbf-3ef025aae2c6") },
                    { new Guid("b8e99e4a-8a3d-85e8-5900-7b7dc358848b"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A practitioner trusted to see more, such as shared information about children they work with.", 5, 1, "Trusted practitioner", new Guid("8f69d13d-b629-6a03-4d36-338b8306d58e") },
                    { new Guid("bae397aa-9ba0-2167-183e-7e7982c372f4"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The child has several or complex needs and several agencies work together with the family.", 2, 1, "Level 3: targeted", new Guid("7b96a10f-782e-49c4-1b47-c8a101696d95") },
                    { new Guid("bb889980-70f9-7668-3bde-9d128227478c"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The council's children's services: assessments, child protection and children in care.", 4, 1, "Children's social care", new Guid("d81668e3-c17f-f881-eed6-5350e9d7becc") },
                    { new Guid("bd8ed39a-ca99-41fc-0252-2a7d9c1e7371"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A manager in the multi-agency safeguarding hub who decides what happens to a referral.", 5, 1, "MASH manager", new Guid("17ece69c-e8b3-d0a6-1051-0aa7d7a6effe") },
                    { new Guid("cd500fac-350f-e2e4-9919-7bd260fbb203"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Nurses who visit families with children under 5, and nurses who work with schools.", 4, 1, "Health: health visiting and school nursing", new Guid("6df6cb65-cdd5-0686-544b-0d5f3c1c39aa") },
                    { new Guid("d1a2e99a-12d3-e4c9-5b4e-7e706f714c3a"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A plan agreed at a child protection conference because the child is at risk of significant harm.", 3, 1, "Child protection plan", new Guid("3e912ee3-6789-8d74-cb61-20870bd17655") },
                    { new Guid("d3accc66-379f-b590-8780-378df997ff58"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Harm a child meets online, such as grooming, bullying or harmful content.", 1, 1, "Online harm", new Guid("fffde2fb-3738-f7ce-6341-6720cc375eb8") },
                    { new Guid("db9ab9d0-0807-1cca-c3ad-ade9ced94096"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child under 16 who lives for 28 days or more with an adult who is not a close relative, arranged privately.", 3, 1, "Private fostering", new Guid("15bea501-bb62-fcf8-c2df-f2bffa34563c") },
                    { new Guid("e3ab72e9-6067-71ed-2ac6-2e4566e6e8ea"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "Forcing or enticing a child to take part in sexual activities, including online.", 1, 1, "Sexual abuse", new Guid("6c4f4919-b29b-be26-2a07-5d7d9186f886") },
                    { new Guid("e9c8a957-7de7-3fbb-3550-cf2ab6631f1e"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A charity or community organisation working with children or families.", 4, 1, "Voluntary sector", new Guid("b34ae208-204a-9830-69df-05180c119287") },
                    { new Guid("ea8ff2e1-a376-9797-6607-a07906eba031"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The NHS body that plans and pays for health services in the area, home of the designated safeguarding nurse and doctor.", 4, 1, "Health: integrated care board", new Guid("ebf9ffec-f668-25d7-665d-a7c8a5999146") },
                    { new Guid("ef5ac60f-83da-a302-c3f9-258cc28ad823"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A school or academy, including its designated safeguarding lead.", 4, 1, "Education: school", new Guid("653fdc55-1fa1-56cc-949a-3b215d4d8ce9") },
                    { new Guid("f17f9ddd-a32d-9702-b098-6976b8e3aa3d"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "The team where police, children's social care, health and others decide together what happens to a referral.", 6, 1, "Multi-agency safeguarding hub", new Guid("637342ce-8556-42e5-c076-4a0a8924d02c") },
                    { new Guid("fba19b01-08f5-e66d-9c48-c7f0026c433d"), new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, "A child goes missing from home or care, or is missing from education.", 1, 1, "Missing from home or education", new Guid("f17c9e29-40b5-d227-c834-ee0e4cc20c36") }
                });

            migrationBuilder.InsertData(
                table: "agency_term_mapping_versions",
                columns: new[] { "Id", "AgencyTerm", "ChangedAt", "ChangedBy", "MappingId", "Number", "TermId", "UsedBy" },
                values: new object[,]
                {
                    { new Guid("042d1cbf-5d69-bf8a-03ef-f22fd1dd21f0"), "UASC", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("2dddba1a-3eef-6646-73b1-1a8104477dfd"), 1, new Guid("67e3cf8a-a605-8a58-1378-7cb0bca47f42"), 0 },
                    { new Guid("076b7960-8df9-fd53-cbd4-d48ba98878b0"), "SEN", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("2ed6160b-7a49-44cc-4b96-ac93a2cc7428"), 1, new Guid("6b4a1e7a-d290-e97c-0a4c-b35ab303ae64"), 20 },
                    { new Guid("098fe0d4-4fa6-e837-e714-37a52743b33a"), "EHA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("dcb9e186-74df-6d60-1a1d-a2a218468d00"), 1, new Guid("5601dece-7235-7cf8-18a9-eb0d1d6fb178"), 3 },
                    { new Guid("28acefa2-ab85-1b5e-b0cf-9115048ac9ce"), "DNA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("99abcf43-21ad-c2ed-1f83-4fde129bcb30"), 1, new Guid("1149882d-b553-a40a-ba88-bcc5afeed6b3"), 11 },
                    { new Guid("321ed675-44ee-3b18-2781-7887bac0aa6e"), "CME", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("3244526e-11c3-1c0c-e096-424632287bb3"), 1, new Guid("02841f8b-f42e-7cd4-570b-c5f1032a4dbe"), 20 },
                    { new Guid("3634b37c-55c0-0357-0102-65e8b9a27aaa"), "MFH", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("2d38fd9b-8450-aa9c-a666-7ee9e1fc3f78"), 1, new Guid("f17c9e29-40b5-d227-c834-ee0e4cc20c36"), 1 },
                    { new Guid("3cc0feac-6f39-1b6d-62bd-a35f10d09df3"), "NFA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("c961536e-dbde-a150-3110-2fb070ce588a"), 1, new Guid("8370c1c7-6b6e-346e-eff5-5d1562394488"), 1 },
                    { new Guid("40b879b6-f678-ae71-a238-22285cba8683"), "S17", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("eaebd5f0-3434-aec8-19dc-f990e1aafaf0"), 1, new Guid("afa8a143-13d5-9062-ecbf-3ef025aae2c6"), 2 },
                    { new Guid("5095a998-2a53-8aa2-4d19-e2e1b875fe47"), "EHE", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("8d786df6-348a-df32-235f-c7ff0af6f720"), 1, new Guid("fbaa4a76-b0e0-74cb-7878-b212e7e63835"), 20 },
                    { new Guid("51677d75-c0f4-97b2-190f-462d31cfb1f3"), "DSL", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("5d7c7084-ec04-384d-a8bb-f2ff442fcf1d"), 1, new Guid("1784bd2b-4c47-d069-939f-2d5ffc7fc920"), 20 },
                    { new Guid("56e11dbe-1392-0b26-931b-3cf6be3d178b"), "CLA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("732a6a38-b6fa-5020-1e36-ba5419899da0"), 1, new Guid("e0f4c537-212e-6421-97e2-11183d05a8e7"), 2 },
                    { new Guid("5d2af8bc-b63d-4f61-b2c1-3cc056f810ae"), "S47", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("2da430a2-428c-8c71-9f17-c88e92157682"), 1, new Guid("fec9d084-0f59-9a44-7379-34242895d214"), 2 },
                    { new Guid("63b75ec3-3029-3da2-e1d2-94257fb225e1"), "WNB", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("7a907641-fd15-4947-ac07-46394d1755e4"), 1, new Guid("1149882d-b553-a40a-ba88-bcc5afeed6b3"), 12 },
                    { new Guid("7cadced6-10bc-211d-c7de-063d06ec9462"), "MASH", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("8b802eae-953f-8068-9b04-669b5e652fcb"), 1, new Guid("637342ce-8556-42e5-c076-4a0a8924d02c"), 0 },
                    { new Guid("8e7f418d-8018-2bfb-0957-ed58880b86ed"), "LAC", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("4216e5c2-2efc-7029-1798-877a7b8c0ba6"), 1, new Guid("e0f4c537-212e-6421-97e2-11183d05a8e7"), 0 },
                    { new Guid("a4abb84d-238f-a49f-4bd9-7960ba10417b"), "CCE", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("d4e1a23a-9892-a777-3f3c-0540a5d32b40"), 1, new Guid("62f17878-50bc-9fe8-1cda-805d4444d01f"), 0 },
                    { new Guid("a8d768f1-b5b4-0d14-f7b4-1519477a5a54"), "CP", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("2df7ea82-4872-5916-b1df-be6d944ac90e"), 1, new Guid("3e912ee3-6789-8d74-cb61-20870bd17655"), 2 },
                    { new Guid("b00b98f1-b783-2236-1eb1-6d8cb990762e"), "CIN", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("dde20abe-1616-cb45-cc46-070587e9a4a4"), 1, new Guid("afa8a143-13d5-9062-ecbf-3ef025aae2c6"), 2 },
                    { new Guid("b1b839e7-9e28-f5d9-f858-9a3713880f6d"), "CPP", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("18cfedbd-677e-164a-cdff-d7f72b2a67fd"), 1, new Guid("3e912ee3-6789-8d74-cb61-20870bd17655"), 0 },
                    { new Guid("bd75b410-2e73-e144-f70a-882847653fed"), "NAI", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("346b1dc7-2989-ecf8-9add-bc27fd4daf39"), 1, new Guid("a8878f3d-dd17-faef-66f7-fa11276e269c"), 11 },
                    { new Guid("c50d2d09-c701-6ece-6c26-a98af9cb0cf2"), "DV", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("2bc209e3-39df-586a-b458-39342258234a"), 1, new Guid("e5d9ef25-0121-8366-d850-05dfe36808cd"), 0 },
                    { new Guid("c95253bd-cb51-ee74-4043-82b3b44b9a3d"), "FGM", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("d7fab806-5df3-99cf-2c01-034178852e96"), 1, new Guid("534bcceb-809a-0f33-000c-08547164ca16"), 0 },
                    { new Guid("d3e3f818-43f9-13f3-3667-56d87ebe8c2f"), "CSE", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("9a2a08b9-2b67-4fc9-8e42-df4644600398"), 1, new Guid("3e7470eb-f9af-add8-20f8-8b6016573e1e"), 0 },
                    { new Guid("daa8964a-3a84-e1db-8a89-1aa690d113bd"), "DA", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("91911515-ce99-3a37-4a98-ca60c8f4fd81"), 1, new Guid("e5d9ef25-0121-8366-d850-05dfe36808cd"), 1 },
                    { new Guid("dac47597-87dc-2331-fb02-5fd9d5c909d0"), "SEND", new DateTimeOffset(new DateTime(2026, 11, 25, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), null, new Guid("cc8ba3df-6f7d-0425-9fd8-46458367120e"), 1, new Guid("6b4a1e7a-d290-e97c-0a4c-b35ab303ae64"), 20 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_advice_requests_AgencyId_Status_AskedAt",
                table: "advice_requests",
                columns: new[] { "AgencyId", "Status", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_advice_requests_RequesterId_AskedAt",
                table: "advice_requests",
                columns: new[] { "RequesterId", "AskedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_advice_requests_ShareDraftId",
                table: "advice_requests",
                column: "ShareDraftId");

            migrationBuilder.CreateIndex(
                name: "IX_agency_term_mapping_versions_MappingId_Number",
                table: "agency_term_mapping_versions",
                columns: new[] { "MappingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agency_term_mappings_NormalisedAgencyTerm_UsedBy",
                table: "agency_term_mappings",
                columns: new[] { "NormalisedAgencyTerm", "UsedBy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agency_term_mappings_TermId",
                table: "agency_term_mappings",
                column: "TermId");

            migrationBuilder.CreateIndex(
                name: "IX_barrier_reports_ReportedById",
                table: "barrier_reports",
                column: "ReportedById");

            migrationBuilder.CreateIndex(
                name: "IX_barrier_reports_Status_ReportedAt",
                table: "barrier_reports",
                columns: new[] { "Status", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_gateway_change_approvals_ApprovedById",
                table: "gateway_change_approvals",
                column: "ApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_gateway_change_approvals_ProposalId_Partner",
                table: "gateway_change_approvals",
                columns: new[] { "ProposalId", "Partner" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gateway_change_proposals_ProposedById",
                table: "gateway_change_proposals",
                column: "ProposedById");

            migrationBuilder.CreateIndex(
                name: "IX_gateway_change_proposals_Status_ProposedAt",
                table: "gateway_change_proposals",
                columns: new[] { "Status", "ProposedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_gateways_RegistryVersion_Code",
                table: "gateways",
                columns: new[] { "RegistryVersion", "Code" },
                unique: true);

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
                name: "IX_not_shared_decisions_AgencyId_DecidedAt",
                table: "not_shared_decisions",
                columns: new[] { "AgencyId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_not_shared_decisions_ChildRecordId",
                table: "not_shared_decisions",
                column: "ChildRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_practice_examples_Status_PublishedAt",
                table: "practice_examples",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_examples_SubmittedById",
                table: "practice_examples",
                column: "SubmittedById");

            migrationBuilder.CreateIndex(
                name: "IX_report_narratives_Year_SectionKey",
                table: "report_narratives",
                columns: new[] { "Year", "SectionKey" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_vocabulary_term_versions_TermId_Number",
                table: "vocabulary_term_versions",
                columns: new[] { "TermId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vocabulary_terms_NormalisedTerm",
                table: "vocabulary_terms",
                column: "NormalisedTerm",
                unique: true);

            // Full-text search for the practice library: hand-written SQL kept in Tessera.Core.Data.PracticeSearchSql (EF cannot model it).
            foreach (var sql in Tessera.Core.Data.PracticeSearchSql.Postgres())
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in Tessera.Core.Data.PracticeSearchSql.DropPostgres())
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropTable(
                name: "advice_requests");

            migrationBuilder.DropTable(
                name: "agency_term_mapping_versions");

            migrationBuilder.DropTable(
                name: "bank_holidays");

            migrationBuilder.DropTable(
                name: "barrier_reports");

            migrationBuilder.DropTable(
                name: "gateway_change_approvals");

            migrationBuilder.DropTable(
                name: "gateways");

            migrationBuilder.DropTable(
                name: "guidance_acknowledgements");

            migrationBuilder.DropTable(
                name: "guidance_sections");

            migrationBuilder.DropTable(
                name: "not_shared_decisions");

            migrationBuilder.DropTable(
                name: "practice_helpful_marks");

            migrationBuilder.DropTable(
                name: "report_narratives");

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
                name: "training_bookings");

            migrationBuilder.DropTable(
                name: "training_completions");

            migrationBuilder.DropTable(
                name: "training_reminders");

            migrationBuilder.DropTable(
                name: "training_requirements");

            migrationBuilder.DropTable(
                name: "vocabulary_term_versions");

            migrationBuilder.DropTable(
                name: "agency_term_mappings");

            migrationBuilder.DropTable(
                name: "gateway_change_proposals");

            migrationBuilder.DropTable(
                name: "gateway_registry_versions");

            migrationBuilder.DropTable(
                name: "guidance_versions");

            migrationBuilder.DropTable(
                name: "practice_examples");

            migrationBuilder.DropTable(
                name: "share_drafts");

            migrationBuilder.DropTable(
                name: "shares");

            migrationBuilder.DropTable(
                name: "training_events");

            migrationBuilder.DropTable(
                name: "vocabulary_terms");

            migrationBuilder.DropTable(
                name: "training_courses");
        }
    }
}
