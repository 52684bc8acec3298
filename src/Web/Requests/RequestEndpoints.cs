using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Jobs;
using Waardering.Web.RateLimits;

namespace Waardering.Web.Requests;

public static class RequestEndpoints
{
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddScoped<RequestSubmission>();
        services.AddSingleton<CaregiverAdding>();
        services.AddSingleton<JobTriggers>();
        services.AddSingleton<MailDispatchTrigger>();
        services.AddHostedService(sp => sp.GetRequiredService<MailDispatchTrigger>());
        services.AddSingleton<RecomputeTrigger>();
        services.AddHostedService(sp => sp.GetRequiredService<RecomputeTrigger>());
        return services;
    }

    public static IEndpointRouteBuilder MapRequestEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests").WithTags("Requests");
        group.MapPost("", SubmitAsync).AllowAnonymous().RequireRateLimiting(RateLimitSetup.Submissions)
            .Describe("SubmitRequest", "Submit a request for the appreciation, by a citizen or by an officer at the counter")
            .WithDescription("A request without sign-in for a recipient who already has a live request this year is stored in review " +
                             "(a possible duplicate, not counted for the amount, never paid unless an officer decides it) and answered " +
                             "201 like any other, so no answer tells whether someone applied. An officer's request for such a recipient " +
                             "is 409 with existingReference. Past a rate limit (per client address, per recipient): 429 with Retry-After. " +
                             "language is the language of the request's mails and letters: nl (the default), en, or a language a " +
                             "municipality added to the citizens' pages; another is 400. Field errors follow ?lang= (Dutch by default).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        group.MapGet("/{id:guid}", GetAsync).AllowCitizenToken(StatusTokens.Header, Policies.CaseWork).ScopedByItsHandler()
            .Describe("GetRequest", "Read a request's status and amounts, for staff or for the citizen with its status token");
        return app;
    }

    public static async Task<Results<Created<SubmittedRequest>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        SubmitRequestBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        RequestSubmission submission, HttpContext context, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        // An officer of another municipality enters nothing for this one: to it they are anyone.
        var staff = (await authorization.AuthorizeAsync(context.User, Policies.CaseWork)).Succeeded
            && StaffMunicipalities.Of(context).Covers(body.Municipality) ? StaffActor.From(context) : null;
        return await submission.SubmitAsync(body, idempotencyKey, staff, cancellationToken) switch
        {
            SubmissionResult.Created created => TypedResults.Created(created.Request.StatusUrl, created.Request),
            SubmissionResult.Invalid invalid => ProblemResults.Invalid(invalid.Errors),
            SubmissionResult.Refused refused => ProblemResults.Unprocessable(refused.Errors, refused.Title),
            SubmissionResult.Throttled throttled => TooMany(context, throttled.RetryAfter),
            SubmissionResult.Duplicate duplicate => ProblemResults.Conflict("recipient",
                $"Voor deze zorgvrager loopt dit jaar al een aanvraag: {duplicate.ExistingReference}.",
                new Dictionary<string, object?> { ["existingReference"] = duplicate.ExistingReference }),
            _ => throw new InvalidOperationException("Unknown submission result."),
        };
    }

    private static ProblemHttpResult TooMany(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = RateLimitSetup.SetRetryAfter(context.Response, retryAfter);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: RateLimitSetup.Title(seconds));
    }

    /// <summary>
    /// Staff who handle cases see any request of their municipalities (another's is 404, as a
    /// missing one); a citizen sees their own with the status token. Without either: 401. A token
    /// that does not fit: 403, whether or not the id exists.
    /// </summary>
    public static async Task<Results<Ok<RequestView>, NotFound, UnauthorizedHttpResult, ForbidHttpResult>> GetAsync(
        Guid id, [FromHeader(Name = StatusTokens.Header)] string? statusToken, HttpContext context,
        RequestReader reader, PersonalDataProtector protector, IAuthorizationService authorization,
        NpgsqlDataSource dataSource, IClock clock, CancellationToken cancellationToken)
    {
        var isCaseWorker = (await authorization.AuthorizeAsync(context.User, Policies.CaseWork)).Succeeded;
        if (!isCaseWorker && string.IsNullOrEmpty(statusToken))
        {
            return context.User.Identity?.IsAuthenticated == true ? TypedResults.Forbid() : TypedResults.Unauthorized();
        }

        var request = await reader.FindAsync(id, cancellationToken);
        if (!isCaseWorker && (request is null || !StatusTokens.Matches(statusToken, request.StatusTokenHash)))
        {
            return TypedResults.Forbid();
        }

        if (request is null || (isCaseWorker && !StaffMunicipalities.Of(context).Covers(request.MunicipalityCode)))
        {
            return TypedResults.NotFound();
        }

        if (isCaseWorker)
        {
            // A staff read of personal data is on record; the citizen's own read is not.
            await StaffReads.RecordAsync(dataSource, context, clock, id, cancellationToken);
        }

        return TypedResults.Ok(ToView(isCaseWorker ? request : request with { Status = RequestLife.AsCitizenSees(request.Status) }, protector));
    }

    private static RequestView ToView(RequestRecord r, PersonalDataProtector protector)
    {
        return new RequestView(
            r.Id, r.Reference, r.Status.Code(), r.MunicipalityCode, r.Year, r.SubmittedBy, r.Channel, r.SubmittedAt, r.UnitAmountCents,
            new RecipientView(r.RecipientName, RequestMasks.Bsn(r, protector), r.RecipientBirthDate, RequestMasks.Postcode(r.RecipientPostcode),
                r.RecipientHouseNumber, r.RecipientEmail),
            r.Caregivers.Select(c => new CaregiverView(c.Name, c.BirthDate, c.Email,
                RequestMasks.Iban(c.Iban), c.Weight, c.AmountCents, c.ConsentToContact, c.CareDeclared)).ToList());
    }
}
