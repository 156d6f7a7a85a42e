using Tessera.Core.Modules.Guidance.Models;

namespace Tessera.Core.Modules.Guidance.Services;

/// <summary>The first version of the guidance a new partnership starts with (after HM Government advice, 2024); administrators change it.</summary>
public static class GuidanceDefaults
{
    public static GuidanceVersion FirstVersion(DateTimeOffset now)
    {
        var version = new GuidanceVersion { Id = Guid.CreateVersion7(), Number = 1, ChangeSummary = "First version of the partnership's information-sharing guidance.", PublishedAt = now };
        var order = 0;
        version.Sections = Sections.Select(s => new GuidanceSection
        {
            Id = Guid.CreateVersion7(),
            GuidanceVersionId = version.Id,
            Key = s.Key,
            Title = s.Title,
            Markdown = s.Markdown,
            SortOrder = ++order,
        }).ToList();
        return version;
    }

    private static readonly (string Key, string Title, string Markdown)[] Sections =
    [
        ("single-message", "The single message", """
            **I must share information if my concerns are related to the safeguarding of children.**

            Everyone who works with children in this partnership shares that one message. If you are worried about a child, share what you know with the people who need it.
            """),
        ("golden-rules", "The seven golden rules", """
            1. A child's protection from harm comes before their privacy.
            2. Where it is practical and safe, tell the child and family what you will share, with whom, and why.
            3. You do not need consent to share when a child is at risk of harm. You need a lawful basis.
            4. When you are unsure, ask for advice straight away. You can do this without naming the child.
            5. Protect the identity of anyone who could be harmed if their details reached an abuser.
            6. Share only what is relevant, accurate and necessary, and only with people who have a role.
            7. Record your decision and your reasons, whether or not you share.
            """),
        ("consent", "Consent", """
            You do **not** need consent to share information when a child is at risk, or may be at risk, of harm.

            Where it is safe, tell the family what you are sharing and why. Do not ask for consent if asking would:

            - increase the risk to the child
            - get in the way of a police or social care investigation
            - cause a delay that matters

            If you do not seek consent, or it is refused, record why. A child who understands the decision (Gillick competent) can give or refuse consent themselves.
            """),
        ("lawful-basis", "Your lawful basis", """
            Public bodies usually share under UK GDPR Article 6(1)(e), public task. Health and care information about a child also needs Article 9(2)(g) with the Data Protection Act 2018, Schedule 1, paragraph 18: safeguarding of children and individuals at risk.

            Partners who are not public bodies can use recognised legitimate interests for safeguarding. Ask your data protection officer if you are not sure; do not let uncertainty stop you sharing.
            """),
        ("myths-and-facts", "Myths and facts", """
            | Myth | Fact |
            |---|---|
            | Data protection law stops me sharing. | Data protection law is a framework for sharing safely, not a barrier to it. |
            | I always need consent to share. | You need a lawful basis. Consent is one, and often not the right one when a child is at risk. |
            | I should wait until I am certain. | Share early. Other agencies may hold the rest of the picture. |
            | Someone else will have reported it. | Do not assume. Share what you know. |
            """),
        ("local-contacts", "Local contacts", """
            - Multi-agency safeguarding hub (MASH): 0300 000 0000, [mash@riverside.example](mailto:mash@riverside.example)
            - Out of hours emergency duty team: 0300 000 0001
            - If a child is in immediate danger, call 999.
            - Partnership business unit (advice on this guidance): [partnership@riverside.example](mailto:partnership@riverside.example)
            """),
    ];
}
