using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tessera.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SharingRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "advice_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskRole = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AnonymisedSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ShareDraftId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReturnUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bank_holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "gateway_change_proposals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AppliesTo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Allows = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SenderTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RequiresData = table.Column<int>(type: "INTEGER", nullable: false),
                    InForce = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatesLegalObligation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProposedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AdoptedVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gateway_registry_versions", x => x.Version);
                });

            migrationBuilder.CreateTable(
                name: "gateway_change_approvals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Partner = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovedByAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistryVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AppliesTo = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Allows = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SenderTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecipientTypes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purposes = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    RequiresData = table.Column<int>(type: "INTEGER", nullable: false),
                    InForce = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatesLegalObligation = table.Column<bool>(type: "INTEGER", nullable: false)
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
                values: new object[] { 1, 1308729802752000000L, null });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "advice_requests");

            migrationBuilder.DropTable(
                name: "bank_holidays");

            migrationBuilder.DropTable(
                name: "gateway_change_approvals");

            migrationBuilder.DropTable(
                name: "gateways");

            migrationBuilder.DropTable(
                name: "gateway_change_proposals");

            migrationBuilder.DropTable(
                name: "gateway_registry_versions");
        }
    }
}
