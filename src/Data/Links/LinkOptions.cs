namespace Waardering.Data.Links;

/// <summary>Where citizens' links in mails point: the public address of the service.</summary>
public sealed class LinkOptions
{
    public const string Section = "Links";

    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}
