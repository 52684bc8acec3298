using System.Globalization;
using System.Text;
using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Apply;

/// <summary>
/// The application form for citizens, in plain Dutch (B1) and without scripts: the recipient and
/// up to the scheme's number of caregivers. A form with errors comes back filled in, each error
/// beside its field and all of them at the top.
/// </summary>
public static class ApplicationPage
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Title(SchemeRecord scheme) => $"Mantelzorgwaardering {scheme.Year} aanvragen";

    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", Dutch);

    public static ContentHttpResult Form(
        SchemeRecord scheme, ApplicationForm values, FieldErrors? errors = null, int statusCode = StatusCodes.Status200OK)
    {
        var html = new StringBuilder();
        var unit = scheme.SplitMode == SplitMode.PerRequest ? "per aanvraag, verdeeld over de mantelzorgers" : "per mantelzorger";
        html.Append($"<p>De gemeente {CitizenPage.Encode(scheme.MunicipalityName)} bedankt mantelzorgers met een waardering van " +
                    $"{new Money(scheme.CurrentAmountCents)} {unit}. Komen er veel aanvragen, dan kan het bedrag lager worden. " +
                    $"U kunt aanvragen tot en met {Date(scheme.ClosesOn)}.</p>");
        if (errors?.ToDictionary() is { Count: > 0 } all)
        {
            html.Append("<div role=\"alert\" style=\"border: 3px solid #b00; padding: 0 1em; margin-bottom: 1em;\">" +
                        "<h2>Nog niet alles klopt</h2><ul>");
            foreach (var message in all.SelectMany(e => e.Value))
            {
                html.Append($"<li>{CitizenPage.Encode(message)}</li>");
            }

            html.Append("</ul></div>");
        }

        var key = values.IdempotencyKey is { Length: > 0 } given ? given : Guid.NewGuid().ToString("N");
        html.Append($"<form method=\"post\" action=\"/apply/{scheme.MunicipalityCode}/{scheme.Year}\">");
        html.Append($"<input type=\"hidden\" name=\"idempotencyKey\" value=\"{CitizenPage.Encode(key)}\">");
        var fields = new FormFields(html, values, errors);
        fields.WhoApplies(scheme.WhoMayApply);
        html.Append("<fieldset style=\"margin-bottom: 1em;\"><legend>De zorgvrager: de persoon die zorg krijgt</legend>");
        fields.Input("recipient.name", "Naam");
        fields.Input("recipient.birthDate", "Geboortedatum", "date");
        fields.Input("recipient.postcode", "Postcode");
        fields.Input("recipient.houseNumber", "Huisnummer");
        fields.Input("recipient.bsn", "Burgerservicenummer (niet verplicht)");
        fields.Input("recipient.email", "E-mailadres (niet verplicht; u krijgt dan een bevestiging)", "email");
        html.Append("</fieldset>");
        for (var i = 0; i < scheme.MaxCaregivers; i++)
        {
            var optional = i == 0 ? "" : " (niet verplicht)";
            html.Append($"<fieldset style=\"margin-bottom: 1em;\"><legend>Mantelzorger {i + 1}{optional}</legend>");
            fields.Input($"caregivers[{i}].name", $"Naam van mantelzorger {i + 1}");
            fields.Input($"caregivers[{i}].birthDate", $"Geboortedatum van mantelzorger {i + 1}", "date");
            fields.Input($"caregivers[{i}].iban", $"IBAN (bankrekening) van mantelzorger {i + 1}");
            fields.Input($"caregivers[{i}].email", $"E-mailadres van mantelzorger {i + 1} (niet verplicht)", "email");
            fields.Check($"caregivers[{i}].consentToContact",
                $"Mantelzorger {i + 1} wil dat de gemeente later vraagt hoe het gaat (per e-mail)");
            html.Append("</fieldset>");
        }

        html.Append("<button type=\"submit\" style=\"font-size: 18px; padding: 0.5em 1em;\">Aanvraag versturen</button></form>");
        return CitizenPage.Html(Title(scheme), html.ToString(), statusCode);
    }

    public static ContentHttpResult Received(SchemeRecord scheme, SubmittedRequest request, bool applicantMailed)
    {
        var html = new StringBuilder();
        html.Append($"<p>Uw aanvraagnummer is <strong>{CitizenPage.Encode(request.Reference)}</strong>. Bewaar dit nummer.</p>");
        html.Append("<ul>");
        foreach (var caregiver in request.Caregivers)
        {
            html.Append($"<li>{CitizenPage.Encode(caregiver.Name)}: {new Money(caregiver.AmountCents)} op rekening {CitizenPage.Encode(caregiver.IbanMasked)}</li>");
        }

        html.Append("</ul><p>Dit bedrag is nog niet zeker: komen er veel aanvragen, dan kan het lager worden.");
        html.Append(request.Status == RequestStatus.AwaitingCoSignature.Code()
            ? " De zorgvrager moet de aanvraag nog bevestigen; die krijgt daarvoor een e-mail.</p>"
            : " De gemeente bekijkt de aanvraag en laat weten wat zij besluit.</p>");
        if (request.StatusPageUrl is { } statusPage)
        {
            html.Append($"<p><a href=\"{CitizenPage.Encode(statusPage)}\">Bekijk later hoe uw aanvraag ervoor staat</a>. " +
                        "Bewaar deze link; wie hem heeft, kan de aanvraag bekijken.</p>");
        }

        if (applicantMailed)
        {
            html.Append("<p>U krijgt ook een bevestiging per e-mail, met dezelfde link.</p>");
        }

        return CitizenPage.Html("Aanvraag ontvangen", html.ToString(), StatusCodes.Status201Created);
    }
}
