namespace Tessera.GovUk.Tests;

/// <summary>One theory per component: every govuk-frontend fixture must render to the same HTML.</summary>
public class ComponentFixtureTests
{
    public static TheoryData<string> ButtonFixtures => FixtureSupport.Names("button");

    [Theory]
    [MemberData(nameof(ButtonFixtures))]
    public void Button(string fixture) => FixtureSupport.Check<ButtonOptions>("button", fixture, GovUkComponents.Button);

    public static TheoryData<string> InputFixtures => FixtureSupport.Names("input");

    [Theory]
    [MemberData(nameof(InputFixtures))]
    public void Input(string fixture) => FixtureSupport.Check<InputOptions>("input", fixture, GovUkComponents.Input);

    public static TheoryData<string> TextareaFixtures => FixtureSupport.Names("textarea");

    [Theory]
    [MemberData(nameof(TextareaFixtures))]
    public void Textarea(string fixture) => FixtureSupport.Check<TextareaOptions>("textarea", fixture, GovUkComponents.Textarea);

    public static TheoryData<string> CharacterCountFixtures => FixtureSupport.Names("character-count");

    [Theory]
    [MemberData(nameof(CharacterCountFixtures))]
    public void CharacterCount(string fixture) => FixtureSupport.Check<CharacterCountOptions>("character-count", fixture, GovUkComponents.CharacterCount);

    public static TheoryData<string> RadiosFixtures => FixtureSupport.Names("radios");

    [Theory]
    [MemberData(nameof(RadiosFixtures))]
    public void Radios(string fixture) => FixtureSupport.Check<RadiosOptions>("radios", fixture, GovUkComponents.Radios);

    public static TheoryData<string> CheckboxesFixtures => FixtureSupport.Names("checkboxes");

    [Theory]
    [MemberData(nameof(CheckboxesFixtures))]
    public void Checkboxes(string fixture) => FixtureSupport.Check<CheckboxesOptions>("checkboxes", fixture, GovUkComponents.Checkboxes);

    public static TheoryData<string> DateInputFixtures => FixtureSupport.Names("date-input");

    [Theory]
    [MemberData(nameof(DateInputFixtures))]
    public void DateInput(string fixture) => FixtureSupport.Check<DateInputOptions>("date-input", fixture, GovUkComponents.DateInput);

    public static TheoryData<string> SelectFixtures => FixtureSupport.Names("select");

    [Theory]
    [MemberData(nameof(SelectFixtures))]
    public void Select(string fixture) => FixtureSupport.Check<SelectOptions>("select", fixture, GovUkComponents.Select);

    public static TheoryData<string> ErrorSummaryFixtures => FixtureSupport.Names("error-summary");

    [Theory]
    [MemberData(nameof(ErrorSummaryFixtures))]
    public void ErrorSummary(string fixture) => FixtureSupport.Check<ErrorSummaryOptions>("error-summary", fixture, GovUkComponents.ErrorSummary);

    public static TheoryData<string> ErrorMessageFixtures => FixtureSupport.Names("error-message");

    [Theory]
    [MemberData(nameof(ErrorMessageFixtures))]
    public void ErrorMessage(string fixture) => FixtureSupport.Check<ErrorMessageOptions>("error-message", fixture, GovUkComponents.ErrorMessage);

    public static TheoryData<string> SummaryListFixtures => FixtureSupport.Names("summary-list");

    [Theory]
    [MemberData(nameof(SummaryListFixtures))]
    public void SummaryList(string fixture) => FixtureSupport.Check<SummaryListOptions>("summary-list", fixture, GovUkComponents.SummaryList);

    public static TheoryData<string> TableFixtures => FixtureSupport.Names("table");

    [Theory]
    [MemberData(nameof(TableFixtures))]
    public void Table(string fixture) => FixtureSupport.Check<TableOptions>("table", fixture, GovUkComponents.Table);

    public static TheoryData<string> TagFixtures => FixtureSupport.Names("tag");

    [Theory]
    [MemberData(nameof(TagFixtures))]
    public void Tag(string fixture) => FixtureSupport.Check<TagOptions>("tag", fixture, GovUkComponents.Tag);

    public static TheoryData<string> NotificationBannerFixtures => FixtureSupport.Names("notification-banner");

    [Theory]
    [MemberData(nameof(NotificationBannerFixtures))]
    public void NotificationBanner(string fixture) => FixtureSupport.Check<NotificationBannerOptions>("notification-banner", fixture, GovUkComponents.NotificationBanner);

    public static TheoryData<string> PanelFixtures => FixtureSupport.Names("panel");

    [Theory]
    [MemberData(nameof(PanelFixtures))]
    public void Panel(string fixture) => FixtureSupport.Check<PanelOptions>("panel", fixture, GovUkComponents.Panel);

    public static TheoryData<string> BackLinkFixtures => FixtureSupport.Names("back-link");

    [Theory]
    [MemberData(nameof(BackLinkFixtures))]
    public void BackLink(string fixture) => FixtureSupport.Check<BackLinkOptions>("back-link", fixture, GovUkComponents.BackLink);

    public static TheoryData<string> BreadcrumbsFixtures => FixtureSupport.Names("breadcrumbs");

    [Theory]
    [MemberData(nameof(BreadcrumbsFixtures))]
    public void Breadcrumbs(string fixture) => FixtureSupport.Check<BreadcrumbsOptions>("breadcrumbs", fixture, GovUkComponents.Breadcrumbs);

    public static TheoryData<string> ServiceNavigationFixtures => FixtureSupport.Names("service-navigation");

    [Theory]
    [MemberData(nameof(ServiceNavigationFixtures))]
    public void ServiceNavigation(string fixture) => FixtureSupport.Check<ServiceNavigationOptions>("service-navigation", fixture, GovUkComponents.ServiceNavigation);

    public static TheoryData<string> HeaderFixtures => FixtureSupport.Names("header");

    [Theory]
    [MemberData(nameof(HeaderFixtures))]
    public void Header(string fixture) => FixtureSupport.Check<HeaderOptions>("header", fixture, GovUkComponents.Header);

    public static TheoryData<string> FooterFixtures => FixtureSupport.Names("footer");

    [Theory]
    [MemberData(nameof(FooterFixtures))]
    public void Footer(string fixture) => FixtureSupport.Check<FooterOptions>("footer", fixture, GovUkComponents.Footer);

    public static TheoryData<string> SkipLinkFixtures => FixtureSupport.Names("skip-link");

    [Theory]
    [MemberData(nameof(SkipLinkFixtures))]
    public void SkipLink(string fixture) => FixtureSupport.Check<SkipLinkOptions>("skip-link", fixture, GovUkComponents.SkipLink);

    public static TheoryData<string> PhaseBannerFixtures => FixtureSupport.Names("phase-banner");

    [Theory]
    [MemberData(nameof(PhaseBannerFixtures))]
    public void PhaseBanner(string fixture) => FixtureSupport.Check<PhaseBannerOptions>("phase-banner", fixture, GovUkComponents.PhaseBanner);

    public static TheoryData<string> PaginationFixtures => FixtureSupport.Names("pagination");

    [Theory]
    [MemberData(nameof(PaginationFixtures))]
    public void Pagination(string fixture) => FixtureSupport.Check<PaginationOptions>("pagination", fixture, GovUkComponents.Pagination);

    public static TheoryData<string> DetailsFixtures => FixtureSupport.Names("details");

    [Theory]
    [MemberData(nameof(DetailsFixtures))]
    public void Details(string fixture) => FixtureSupport.Check<DetailsOptions>("details", fixture, GovUkComponents.Details);

    public static TheoryData<string> InsetTextFixtures => FixtureSupport.Names("inset-text");

    [Theory]
    [MemberData(nameof(InsetTextFixtures))]
    public void InsetText(string fixture) => FixtureSupport.Check<InsetTextOptions>("inset-text", fixture, GovUkComponents.InsetText);

    public static TheoryData<string> WarningTextFixtures => FixtureSupport.Names("warning-text");

    [Theory]
    [MemberData(nameof(WarningTextFixtures))]
    public void WarningText(string fixture) => FixtureSupport.Check<WarningTextOptions>("warning-text", fixture, GovUkComponents.WarningText);

    public static TheoryData<string> ExitThisPageFixtures => FixtureSupport.Names("exit-this-page");

    [Theory]
    [MemberData(nameof(ExitThisPageFixtures))]
    public void ExitThisPage(string fixture) => FixtureSupport.Check<ExitThisPageOptions>("exit-this-page", fixture, GovUkComponents.ExitThisPage);

    public static TheoryData<string> LabelFixtures => FixtureSupport.Names("label");

    [Theory]
    [MemberData(nameof(LabelFixtures))]
    public void Label(string fixture) => FixtureSupport.Check<LabelOptions>("label", fixture, GovUkComponents.Label);

    public static TheoryData<string> HintFixtures => FixtureSupport.Names("hint");

    [Theory]
    [MemberData(nameof(HintFixtures))]
    public void Hint(string fixture) => FixtureSupport.Check<HintOptions>("hint", fixture, GovUkComponents.Hint);

    public static TheoryData<string> FieldsetFixtures => FixtureSupport.Names("fieldset");

    [Theory]
    [MemberData(nameof(FieldsetFixtures))]
    public void Fieldset(string fixture) => FixtureSupport.Check<FieldsetOptions>("fieldset", fixture, GovUkComponents.Fieldset);
}
