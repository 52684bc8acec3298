using ActionResults = Waardering.Web.Staff.RequestActions.RequestActionResults;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Auth;
using Waardering.Data.Mail.Rendering;
using Waardering.Data.Outbox;
using Waardering.Web.Jobs;
using Waardering.Web.Outbox;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Requests;

/// <summary>
/// One request for the officer handling it (<c>/staff/requests/{id}</c>): everything about it, its
/// mails and its history, with the decision and void forms (<see cref="DecisionPageEndpoints"/>,
/// <see cref="VoidPageEndpoints"/>) and a failed mail's resend. The same policy and municipality
/// scope as the API's request routes: another municipality's request is "not found".
/// </summary>
public static class RequestPageEndpoints
{
    public static IServiceCollection AddRequestPages(this IServiceCollection services)
    {
        services.AddScoped<RequestPageReading>();
        // The decision's preview renders the mail as the Worker will: the same templates, from the same settings (Mail:TemplatesPath, Mail:OverridesPath).
        services.AddSingleton(sp =>
        {
            var mail = sp.GetRequiredService<IConfiguration>().GetSection("Mail");
            return new MailRenderer(new MailTemplatePaths(mail["TemplatesPath"] ?? MailTemplatePaths.DefaultTemplatesPath, mail["OverridesPath"]));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapRequestPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage("/staff/requests/{id:guid}", ShowAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.Request);
        app.MapStaffForm("/staff/mails/{id:guid}/resend", ResendAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.Mail);
        app.MapDecisionPages();
        app.MapVoidPages();
        return app;
    }

    /// <summary>What the short code after an action says at the top of the page.</summary>
    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        [DonePaths.Approved] = "Toegekend. Het besluit gaat per mail naar de aanvrager.",
        [DonePaths.WaitingForBudget] = "Wacht op budget: het budget is op. De aanvraag wacht tot er weer budget is; dat is nog geen besluit.",
        [DonePaths.Rejected] = "Afgewezen. Het besluit met de reden gaat per mail naar de aanvrager.",
        [DonePaths.Voided] = "Ongeldig verklaard. De zorgvrager kan opnieuw aanvragen.",
        [DonePaths.Resent] = "De mail staat weer klaar om te versturen.",
        ["entered"] = "De aanvraag is ingevoerd. Een collega beslist erover (vier ogen).",
        [ActionResults.CaregiverAdded] = "De mantelzorger is toegevoegd en het bedrag opnieuw verdeeld. Een collega beslist over de aanvraag (vier ogen).",
        [ActionResults.CoSigned] = "De bevestiging van de zorgvrager is vastgelegd.",
        [ActionResults.IbanProposed] = "De IBAN-wijziging is voorgesteld. Een collega moet haar bevestigen; tot dan wordt er niet uitbetaald.",
        [ActionResults.IbanConfirmed] = "De IBAN-wijziging is bevestigd.",
        [ActionResults.IbanWithdrawn] = "De IBAN-wijziging is ingetrokken.",
        [ActionResults.ConsentGiven] = "De toestemming voor contact is vastgelegd.",
        [ActionResults.ConsentWithdrawn] = "Vastgelegd: geen toestemming voor contact.",
        [ActionResults.CheckInAnswered] = "De antwoorden van het contactmoment zijn vastgelegd.",
    };

    public static Task<IResult> ShowAsync(Guid id, string? done, RequestPageReading reading, HttpContext context, CancellationToken cancellationToken) =>
        reading.RenderAsync(id, context, done is not null && Done.TryGetValue(done, out var text) ? new RequestMessage(text) : null,
            null, null, StatusCodes.Status200OK, cancellationToken);

    /// <summary>The same resend as <c>POST /api/mails/{id}/resend</c>; back to the request the form was on.</summary>
    public static async Task<IResult> ResendAsync(
        Guid id, [FromForm] Guid? request, FailedMails mails, JobTriggers jobs, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var back = request is { } r ? RequestPagePaths.Of(r) : StaffPageRoutes.QueuePath;
        return await OutboxEndpoints.ResendMailAsync(mails, jobs, id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            ResendOutcome.NotFound => TypedResults.NotFound(),
            ResendOutcome.NotFailed => StaffRefusal.Page(StatusCodes.Status409Conflict, "Niet opnieuw verstuurd", OutboxEndpoints.NotFailedMessage, back),
            _ => TypedResults.Redirect(request is { } to ? RequestPagePaths.Done(to, DonePaths.Resent) : back),
        };
    }
}

/// <summary>The short codes in the address after an action worked; never personal data.</summary>
public static class DonePaths
{
    public const string Approved = "approved";
    public const string WaitingForBudget = "waitingForBudget";
    public const string Rejected = "rejected";
    public const string Voided = "voided";
    public const string Resent = "resent";
}

/// <summary>An action the officer may not take, or not now: a page that says why, with the status code the API would give.</summary>
public static class StaffRefusal
{
    public static IResult Page(int statusCode, string title, string message, string back) =>
        PageResults.Page<StaffRefusalPage>(new { Title = title, Message = message, Back = back }, statusCode);
}
