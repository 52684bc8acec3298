namespace Waardering.Web.Tests.Infrastructure;

/// <summary>Valid posts of the citizens' forms, as their pages send them; tests change one thing at a time.</summary>
public static class FormBodies
{
    /// <summary>The application form of a recipient, with <paramref name="decoration"/> (allowed text) in both names.</summary>
    public static Dictionary<string, string> Application(string decoration = "")
    {
        var form = new Dictionary<string, string>
        {
            ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["submittedBy"] = "recipient",
            ["recipient.name"] = $"Zorgvrager {Guid.NewGuid():N} {decoration}".Trim(),
            ["recipient.postcode"] = "1211 AB",
            ["recipient.houseNumber"] = "12",
            ["caregivers[0].name"] = $"Mantelzorger {decoration}".Trim(),
            ["caregivers[0].iban"] = "NL91ABNA0417164300",
        };
        Date(form, "recipient.birthDate", "17", "5", "1941");
        Date(form, "caregivers[0].birthDate", "1", "2", "1970");
        return form;
    }

    /// <summary>A date as the form's three fields (day, month, year) send it.</summary>
    public static void Date(Dictionary<string, string> form, string field, string day, string month, string year)
    {
        form[$"{field}.day"] = day;
        form[$"{field}.month"] = month;
        form[$"{field}.year"] = year;
    }
}
