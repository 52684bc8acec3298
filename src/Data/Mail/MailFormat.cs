using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Waardering.Data.Mail;

/// <summary>How mails write dates: written out in the mail's language, "2 november 2026" or "2 November 2026".</summary>
public static class MailFormat
{
    private static readonly LocalDatePattern Dutch = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.GetCultureInfo("nl-NL"));
    private static readonly LocalDatePattern English = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>Every language but English is written in Dutch, as the templates fall back to Dutch.</summary>
    public static bool IsEnglish(string language) => language == "en";

    public static string Date(LocalDate date, string language) => (IsEnglish(language) ? English : Dutch).Format(date);
}
