namespace Waardering.Data.Requests;

/// <summary>
/// What an officer searched the work list for, as typed (a reference, a part of a name), with the
/// postcode it may be (normalised) and the keyed hash of the BSN it may be: a BSN is looked up
/// only by that hash, exactly, and never sent to the database in clear.
/// </summary>
public sealed record QueueSearch(string Text, string? Postcode, byte[]? BsnHash);

/// <summary>The orders the work list can be read in.</summary>
public enum QueueSort
{
    /// <summary>Oldest request first.</summary>
    Submitted,

    /// <summary>Nearest decision deadline first; decided requests last.</summary>
    Deadline,

    Reference,

    /// <summary>By the recipient's name.</summary>
    Name,

    Status,
}
