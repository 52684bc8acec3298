using System.Globalization;
using NodaTime;
using Waardering.Domain;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;

namespace Waardering.Web.Staff;

/// <summary>
/// The words of the domain as officers read them in the back office: short Dutch labels, one
/// place for every page (the citizens' longer sentences are <see cref="RequestStatusWords"/>).
/// </summary>
public static class StaffWords
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Label(this RequestStatus status) => status switch
    {
        RequestStatus.Received => "Ontvangen",
        RequestStatus.AwaitingCoSignature => "Wacht op bevestiging zorgvrager",
        RequestStatus.WaitingForBudget => "Wacht op budget",
        RequestStatus.Approved => "Toegekend",
        RequestStatus.Rejected => "Afgewezen",
        RequestStatus.Expired => "Vervallen",
        RequestStatus.InReview => "Mogelijk dubbel",
        RequestStatus.Voided => "Ongeldig verklaard",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this Channel channel) => channel switch
    {
        Channel.Web => "Website",
        Channel.Counter => "Balie",
        Channel.Phone => "Telefoon",
        Channel.Paper => "Papier",
        Channel.Backoffice => "Backoffice",
        Channel.Worker => "Automatisch",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Label(this PayoutBatchStatus status) => status switch
    {
        PayoutBatchStatus.Created => "Wacht op goedkeuring",
        PayoutBatchStatus.Approved => "Goedgekeurd, klaar voor de bank",
        PayoutBatchStatus.Booked => "Geboekt",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this PaymentStatus status) => status switch
    {
        PaymentStatus.InBatch => "In betaalopdracht",
        PaymentStatus.Paid => "Betaald",
        PaymentStatus.Failed => "Teruggestuurd door de bank",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Date(LocalDate date) => date.ToString("d MMM yyyy", Dutch);

    public static string DateTime(Instant instant) =>
        instant.InZone(AmsterdamTime.Zone).ToString("d MMM yyyy HH:mm", Dutch);

    public static string Euros(long cents) => new Money(cents).ToString();
}
