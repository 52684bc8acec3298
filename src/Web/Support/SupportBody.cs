using System.Text.RegularExpressions;
using Waardering.Data.Support;

namespace Waardering.Web.Support;

/// <summary>A municipality's support on offer, in the order mails list it.</summary>
public sealed record SupportBody(SupportOrganisationBody?[]? Organisations = null);

/// <summary>One organisation: what a caregiver needs to reach it. Phone and website are optional.</summary>
public sealed record SupportOrganisationBody(string? Name = null, string? Offers = null, string? Phone = null, string? Website = null);

/// <summary>The list as read back, with the municipality it belongs to.</summary>
public sealed record SupportView(string Municipality, IReadOnlyList<SupportOffer> Organisations);

public static partial class SupportValidation
{
    /// <summary>A mail lists them all: more than a handful is no longer a pointer but a directory.</summary>
    public const int MaxOrganisations = 10;
    public const int MaxName = 100;
    public const int MaxOffers = 300;
    public const int MaxWebsite = 200;

    public static IReadOnlyList<SupportOffer>? Validate(SupportBody body, FieldErrors errors)
    {
        if (body.Organisations is null)
        {
            errors.Add("organisations", "Geef de lijst met organisaties (leeg mag).");
            return null;
        }

        if (body.Organisations.Length > MaxOrganisations)
        {
            errors.Add("organisations", $"Hoogstens {MaxOrganisations} organisaties.");
            return null;
        }

        var offers = body.Organisations.Select((o, i) => Organisation(o, $"organisations[{i}]", errors)).ToList();
        return errors.Any ? null : offers.OfType<SupportOffer>().ToList();
    }

    private static SupportOffer? Organisation(SupportOrganisationBody? body, string field, FieldErrors errors)
    {
        var name = Text(body?.Name, MaxName, $"{field}.name", "Vul de naam van de organisatie in.", errors);
        var offers = Text(body?.Offers, MaxOffers, $"{field}.offers", "Zeg in een paar woorden wat de organisatie biedt.", errors);
        var phone = Trimmed(body?.Phone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add($"{field}.phone", "Een telefoonnummer bestaat uit cijfers, eventueel met +, spaties of streepjes.");
        }

        var website = Trimmed(body?.Website);
        if (website is not null && (website.Length > MaxWebsite || !WebsitePattern().IsMatch(website)))
        {
            errors.Add($"{field}.website", "Een website ziet eruit als www.mantelzorggv.nl of https://www.mantelzorggv.nl.");
        }

        return name is null || offers is null ? null : new SupportOffer(name, offers, phone, website);
    }

    private static string? Text(string? value, int max, string field, string missing, FieldErrors errors)
    {
        var text = Trimmed(value);
        if (text is null)
        {
            errors.Add(field, missing);
        }
        else if (text.Length > max || text.Any(char.IsControl))
        {
            errors.Add(field, $"Hoogstens {max} tekens, op één regel.");
        }

        return text;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{5,18}[0-9]$")]
    private static partial Regex PhonePattern();

    // A host name with an optional path; no spaces, quotes or angle brackets, so it reads the same in every mail.
    [GeneratedRegex(@"^(https?://)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(/[^\s""'<>]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WebsitePattern();
}
