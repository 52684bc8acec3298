namespace Waardering.Domain;

/// <summary>
/// A practical check of an e-mail address: one @, a local part of letters, digits and the usual
/// signs, and a domain name with a top-level domain. Stricter than RFC 5322 on purpose: quoted
/// local parts and IP literals are legal but are in practice typing errors on a form.
/// </summary>
public static class EmailAddress
{
    private const string LocalSigns = "!#$%&'*+/=?^_`{|}~-";

    public static bool IsValid(string? input)
    {
        if (string.IsNullOrEmpty(input) || input.Length > 254)
        {
            return false;
        }

        var at = input.IndexOf('@');
        if (at <= 0 || at != input.LastIndexOf('@'))
        {
            return false;
        }

        var local = input[..at];
        var domain = input[(at + 1)..];
        return IsLocalPart(local) && IsDomain(domain);
    }

    /// <summary>
    /// An address as staff lists show it: the first sign of the mailbox and the domain,
    /// "j***@example.org", enough to recognise it, not enough to write to it. Without an @: "***".
    /// </summary>
    public static string Masked(string address)
    {
        var at = address.LastIndexOf('@');
        return at <= 0 ? "***" : $"{address[0]}***{address[at..]}";
    }

    private static bool IsLocalPart(string local) =>
        local.Length <= 64 && !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..") &&
        local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || LocalSigns.Contains(c));

    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 &&
               labels.All(l => l.Length is > 0 and <= 63 && !l.StartsWith('-') && !l.EndsWith('-') &&
                               l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) &&
               labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter);
    }
}
