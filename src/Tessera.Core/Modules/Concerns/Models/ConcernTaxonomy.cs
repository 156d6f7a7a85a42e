namespace Tessera.Core.Modules.Concerns.Models;

/// <summary>The shared taxonomy every partnership starts with. It is seeded as data; administrators may edit it.</summary>
public static class ConcernTaxonomy
{
    public static readonly ConcernCategory[] Categories =
    [
        new() { Code = "physical-abuse", Name = "Physical abuse", SortOrder = 10, Description = "Hitting, shaking, throwing, poisoning, burning, scalding, drowning, suffocating or otherwise causing physical harm." },
        new() { Code = "emotional-abuse", Name = "Emotional abuse", SortOrder = 20, Description = "Persistent emotional ill-treatment that severely affects a child's emotional development." },
        new() { Code = "sexual-abuse", Name = "Sexual abuse", SortOrder = 30, Description = "Forcing or enticing a child to take part in sexual activities, including online." },
        new() { Code = "neglect", Name = "Neglect", SortOrder = 40, Description = "Persistent failure to meet a child's basic physical or psychological needs." },
        new() { Code = "domestic-abuse", Name = "Domestic abuse", SortOrder = 50, Description = "Abusive behaviour between people aged 16 or over who are personally connected, which a child sees, hears or experiences." },
        new() { Code = "child-criminal-exploitation", Name = "Child criminal exploitation", SortOrder = 60, Description = "A child is coerced, controlled or manipulated into criminal activity, such as county lines." },
        new() { Code = "child-sexual-exploitation", Name = "Child sexual exploitation", SortOrder = 70, Description = "A child is coerced, controlled or manipulated into sexual activity in exchange for something." },
        new() { Code = "missing", Name = "Missing from home or education", SortOrder = 80, Description = "A child goes missing from home or care, or is missing from education." },
        new() { Code = "online-harm", Name = "Online harm", SortOrder = 90, Description = "Harm a child meets online, such as grooming, bullying or harmful content." },
        new() { Code = "radicalisation", Name = "Radicalisation", SortOrder = 100, Description = "A child is drawn into supporting terrorism or extremist ideologies." },
        new() { Code = "fgm", Name = "Female genital mutilation", SortOrder = 110, Description = "A girl has had, or is at risk of, female genital mutilation." },
        new() { Code = "self-harm-mental-health", Name = "Self-harm and mental health", SortOrder = 120, Description = "A child harms themselves or their mental health puts them at risk." },
        new() { Code = "other", Name = "Other", SortOrder = 999, Description = "A safeguarding or welfare concern that fits no other category." },
    ];
}
