namespace Waardering.Domain.Contact;

/// <summary>
/// The groups with a higher risk of overload that policy staff want to reach and count
/// (DOMAIN.md "Who the caregivers are", 002:819-827). Young and older caregivers are age bands
/// (<see cref="AgeBand"/>), from the birth date. "Familiezorg" is not a group: it is the word to use
/// instead of "mantelzorg" with people of a non-Western background (002:1869).
/// </summary>
public enum TargetGroup
{
    /// <summary>Werkende mantelzorger.</summary>
    Working,

    /// <summary>Cares for someone with dementia or acquired brain injury (NAH).</summary>
    DementiaOrBrainInjury,

    /// <summary>Cares for someone with mental illness (GGZ).</summary>
    MentalIllness,

    /// <summary>Parent of a chronically ill or disabled child.</summary>
    ParentOfChild,

    /// <summary>A non-Western background: never ticked as a group, it follows from the <see cref="Background"/> answer.</summary>
    NonWesternBackground,
}

/// <summary>
/// The optional answer to whether the caregiver has a non-Western background. A background is
/// sensitive personal data (AVG art. 9): it is asked only optionally, "zeg ik liever niet" is an
/// answer of its own, and it is reported only in aggregate.
/// </summary>
public enum Background
{
    NonWestern,

    /// <summary>Another background (Dutch or Western).</summary>
    Other,

    /// <summary>"Zeg ik liever niet": counted apart, never as a group.</summary>
    PreferNotToSay,
}

public static class TargetGroups
{
    /// <summary>The groups a caregiver ticks in the check-in; the background is a question of its own.</summary>
    public static readonly IReadOnlyList<TargetGroup> Asked =
        [TargetGroup.Working, TargetGroup.DementiaOrBrainInjury, TargetGroup.MentalIllness, TargetGroup.ParentOfChild];
}

/// <summary>The age bands policy staff count reach in; the young and the older are groups with a higher risk.</summary>
public enum AgeBand
{
    /// <summary>"Jonge mantelzorgers tot 25 jaar" (002:819, 972): under 25.</summary>
    Under25,

    From25To65,

    /// <summary>"Mantelzorgers ouder dan 65 jaar" (002:819): over 65, so from 66.</summary>
    Over65,
}

/// <summary>The bounds of the age bands; the contact report counts with the same two in its SQL.</summary>
public static class AgeBands
{
    /// <summary>Young is younger than this.</summary>
    public const int YoungUnder = 25;

    /// <summary>Older is older than this.</summary>
    public const int OlderOver = 65;

    public static AgeBand Of(int age) => age < YoungUnder ? AgeBand.Under25 : age > OlderOver ? AgeBand.Over65 : AgeBand.From25To65;
}
