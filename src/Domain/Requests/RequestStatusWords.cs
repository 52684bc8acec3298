namespace Waardering.Domain.Requests;

/// <summary>Where a request stands, in the plain words (B1) a citizen reads on the status page.</summary>
public static class RequestStatusWords
{
    public static string Dutch(this RequestStatus status) => status switch
    {
        RequestStatus.Received => "Ontvangen. De gemeente bekijkt uw aanvraag. Het bedrag kan nog lager worden als er veel aanvragen zijn.",
        RequestStatus.AwaitingCoSignature => "De zorgvrager moet de aanvraag nog bevestigen. Daarover kreeg de zorgvrager een e-mail.",
        // Waiting for budget is no decision yet (DOMAIN.md, Awb): the words must not read as "approved".
        RequestStatus.WaitingForBudget => "We wachten op budget. Uw aanvraag voldoet aan de regels, maar het geld voor de mantelzorgwaardering van dit jaar is nu op. Dit is nog geen besluit. Komt er weer geld, dan krijgt u bericht.",
        RequestStatus.Approved => "Toegekend. De gemeente maakt het bedrag over.",
        RequestStatus.Rejected => "Afgewezen. U kreeg hierover bericht, met de reden.",
        RequestStatus.Expired => "Vervallen: de zorgvrager heeft de aanvraag niet op tijd bevestigd.",
        RequestStatus.InReview => RequestStatus.Received.Dutch(),
        RequestStatus.Voided => "Ongeldig verklaard door de gemeente. Neem contact op met de gemeente als u vragen heeft.",
        RequestStatus.Withdrawn => "Ingetrokken. U heeft de aanvraag zelf ingetrokken. U kunt opnieuw aanvragen zolang dat nog kan.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string English(this RequestStatus status) => status switch
    {
        RequestStatus.Received => "Received. The municipality is looking at your request. The amount may still go down if there are many requests.",
        RequestStatus.AwaitingCoSignature => "The person receiving care still has to confirm the request. They received an e-mail about it.",
        RequestStatus.WaitingForBudget => "We are waiting for budget. Your request meets the rules, but this year's money for the appreciation has run out for now. This is not a decision yet. When there is money again, we will let you know.",
        RequestStatus.Approved => "Granted. The municipality pays the amount.",
        RequestStatus.Rejected => "Rejected. You received a message about this, with the reason.",
        RequestStatus.Expired => "Expired: the person receiving care did not confirm the request in time.",
        RequestStatus.InReview => RequestStatus.Received.English(),
        RequestStatus.Voided => "Declared void by the municipality. Please contact the municipality if you have questions.",
        RequestStatus.Withdrawn => "Withdrawn. You withdrew the request yourself. You can apply again while applying is still open.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The words in the request's language ("en" or Dutch).</summary>
    public static string ForCitizen(this RequestStatus status, string language) => language == "en" ? status.English() : status.Dutch();
}
