namespace Waardering.Web.Tests.Infrastructure;

/// <summary>Valid posts of the citizens' forms, as their pages send them; tests change one thing at a time.</summary>
public static class FormBodies
{
    /// <summary>The application form of a recipient, with <paramref name="decoration"/> (allowed text) in both names.</summary>
    public static Dictionary<string, string> Application(string decoration = "") => new()
    {
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
        ["submittedBy"] = "recipient",
        ["recipient.name"] = $"Zorgvrager {Guid.NewGuid():N} {decoration}".Trim(),
        ["recipient.birthDate"] = "1941-05-17",
        ["recipient.postcode"] = "1211 AB",
        ["recipient.houseNumber"] = "12",
        ["caregivers[0].name"] = $"Mantelzorger {decoration}".Trim(),
        ["caregivers[0].birthDate"] = "1970-02-01",
        ["caregivers[0].iban"] = "NL91ABNA0417164300",
    };
}
