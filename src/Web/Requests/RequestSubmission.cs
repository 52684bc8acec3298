using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using NodaTime;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Jobs;
using Waardering.Web.Schemes;

namespace Waardering.Web.Requests;

/// <summary>Takes a request in: checks it, splits the amount and stores it with its confirmation mail.</summary>
public sealed class RequestSubmission(
    SchemeStore schemes, RequestStore requests, PersonalDataProtector protector, IClock clock,
    JobTriggers jobs, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<Data.Links.LinkOptions> links,
    RateLimits.RecipientRateLimiter recipientLimits)
{
    /// <summary>Clients send a UUID (36 characters); 100 leaves room for their own formats and bounds the stored key.</summary>
    public const int MaxIdempotencyKeyLength = 100;

    /// <param name="knownScheme">The scheme of the body's municipality and year when the caller read it already (the form).</param>
    /// <param name="signedIn">The BSN the citizen signed in with (DigiD); the caller put it in the body where it belongs.</param>
    public Task<SubmissionResult> SubmitAsync(
        SubmitRequestBody body, string? idempotencyKey, Data.Audit.Actor? staff, CancellationToken cancellationToken,
        SchemeRecord? knownScheme = null, Bsn? signedIn = null) =>
        SubmitAsync(body, idempotencyKey, staff, knownScheme, signedIn, fresh: false, cancellationToken);

    /// <param name="fresh">
    /// The scheme changed after the copy the request was first checked against (<see cref="SchemeStore.FindForIntakeAsync"/>):
    /// read it again and check the request once more, as it is now.
    /// </param>
    private async Task<SubmissionResult> SubmitAsync(
        SubmitRequestBody body, string? idempotencyKey, Data.Audit.Actor? staff, SchemeRecord? knownScheme, Bsn? signedIn,
        bool fresh, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var today = AmsterdamTime.DateOf(now);
        var errors = new FieldErrors();
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || idempotencyKey.Any(c => c is < '!' or > '~')))
        {
            errors.Add("Idempotency-Key", Texts.CitizenWords.Of("problems.idempotencyKeyForm", MaxIdempotencyKeyLength));
        }

        var channel = Channel.Web;
        if (body.Channel is not null && !(Codes.TryParse(body.Channel, out channel) && Channels.Intake.Contains(channel)))
        {
            errors.Add("channel", Texts.CitizenWords.Of("validation.channel",
                Channel.Web.Code(), Channel.Counter.Code(), Channel.Phone.Code(), Channel.Paper.Code()));
        }
        else if (channel != Channel.Web && staff is null)
        {
            errors.Add("channel", Texts.CitizenWords.Of("validation.channelStaffOnly"));
        }

        var request = RequestFieldValidation.Validate(body, today, errors);
        await using var connection = await requests.OpenAsync(cancellationToken);
        var scheme = knownScheme ?? (SchemeKnowable(body)
            ? await schemes.FindForIntakeAsync(connection, body.Municipality!, body.Year!.Value, fresh, cancellationToken)
            : null);
        if (scheme is not null)
        {
            CaregiverRequirements.Check(scheme, body.Caregivers, today, errors);
        }

        if (request is null || errors.Any)
        {
            return new SubmissionResult.Invalid(errors);
        }

        if (scheme is null)
        {
            return new SubmissionResult.Refused(
                FieldErrors.One("year", Texts.CitizenWords.Of("validation.noScheme", request.Municipality, request.Year)),
                Texts.CitizenWords.Of("validation.noSchemeTitle"));
        }

        SchemeRules.Check(scheme, request, today, errors);
        if (errors.Any)
        {
            return new SubmissionResult.Refused(errors, Texts.CitizenWords.Of("validation.outsideSchemeTitle"));
        }

        var statusToken = StatusTokens.New();
        var pageToken = StatusTokens.New();
        var newRequest = Build(scheme, request, statusToken, now) with
        {
            Channel = channel, EnteredBy = channel == Channel.Web ? null : staff!.Name,
            EnteredBySubject = channel == Channel.Web ? null : staff!.Subject, StatusPageTokenHash = StatusTokens.Hash(pageToken),
            DigidBsnHash = signedIn is { } bsn ? protector.KeyedHash(bsn.Value, BsnPurpose.Lookup) : null,
            SchemeUpdatedAt = fresh ? null : scheme.UpdatedAt,
        };
        // Counted once: a request checked again after a change of its scheme is the same request.
        if (staff is null && !fresh && recipientLimits.TryAcquire(newRequest.RecipientBsnHash, newRequest.RecipientIdentityHash) is { } retryAfter)
        {
            return new SubmissionResult.Throttled(retryAfter);
        }

        var coSignToken = newRequest.Status == RequestStatus.AwaitingCoSignature ? SecretTokens.New() : null;
        // A recipient without e-mail confirms with the code of the letter.
        var coSignCode = coSignToken is not null && request.Recipient.Email is null ? ShortCodes.New() : null;
        newRequest = newRequest with
        {
            CoSignTokenHash = coSignToken is null ? null : SecretTokens.Hash(coSignToken), CoSignCodeHash = ShortCodes.Hash(coSignCode),
            Addresses = request.Addresses,
        };
        var idempotency = idempotencyKey is null ? null : new IdempotencyInput(idempotencyKey, BodyHash(body));
        // A citizen's request for a recipient who already has a live one is stored in review and
        // answered like any other (no answer tells whether someone applied); an officer is told.
        var duplicateAs = staff is null ? RequestStatus.InReview : (RequestStatus?)null;
        using var intake = Telemetry.IntakeTiming.Start(channel);
        SubmittedRequest? answer = null;
        var outcome = await requests.SubmitAsync(connection, newRequest, idempotency, duplicateAs, (reference, storedAs, consentLinks) =>
        {
            answer = Answer(newRequest, reference, statusToken, request) with
            {
                StatusPageUrl = StatusLinks.Path(newRequest.Id, pageToken, request.Language),
            };
            var mails = SubmissionMails.For(scheme, request, newRequest, reference, consentLinks,
                links.Value.PublicBaseUrl, pageToken, storedAs == RequestStatus.InReview ? null : coSignToken, now);

            var letters = SubmissionLetters.For(scheme, request, newRequest, reference, storedAs, links.Value.PublicBaseUrl, coSignCode, now);
            return new SubmitArtifacts(JsonSerializer.Serialize(answer, json.Value.SerializerOptions), mails, letters);
        }, cancellationToken);
        intake.Done(outcome);

        await connection.CloseAsync(); // back to the pool before the jobs are enqueued

        switch (outcome)
        {
            case SubmitOutcome.Stored stored:
                jobs.RequestStored(stored.SchemeId, stored.Number);
                return new SubmissionResult.Created(answer!);
            case SubmitOutcome.SchemeChanged:
                schemes.Forget(scheme.MunicipalityCode, scheme.Year);
                return await SubmitAsync(body, idempotencyKey, staff, knownScheme: null, signedIn, fresh: true, cancellationToken);
            case SubmitOutcome.Replayed replayed:
                return new SubmissionResult.Created(Deserialize(replayed.ResponseJson));
            case SubmitOutcome.KeyReusedWithOtherBody:
                return new SubmissionResult.Refused(
                    FieldErrors.One("Idempotency-Key", Texts.CitizenWords.Of("problems.idempotencyKeyUsed")),
                    Texts.CitizenWords.Of("problems.idempotencyKeyTitle"));
            case SubmitOutcome.DuplicateRecipient duplicate:
                return new SubmissionResult.Duplicate(duplicate.ExistingReference);
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome}.");
        }
    }

    /// <summary>A well-formed municipality and year, so the scheme's required fields can be checked with the others.</summary>
    private static bool SchemeKnowable(SubmitRequestBody body)
    {
        var keyErrors = new FieldErrors();
        SchemeKey.Check(body.Municipality, body.Year, keyErrors);
        return !keyErrors.Any;
    }

    private NewRequest Build(SchemeRecord scheme, ValidatedRequest request, string statusToken, Instant now)
    {
        var unit = scheme.CurrentAmountCents;
        var amounts = scheme.SplitMode.Amounts(unit, request.Caregivers.Select(c => c.Weight).ToList());
        var recipient = request.Recipient;
        return new NewRequest
        {
            Id = Guid.CreateVersion7(), SchemeId = scheme.Id, MunicipalityCode = scheme.MunicipalityCode, Year = scheme.Year,
            Status = request.SubmittedBy == Applicant.Caregiver && scheme.CoSignRequired ? RequestStatus.AwaitingCoSignature : RequestStatus.Received,
            SubmittedBy = request.SubmittedBy, Channel = Channel.Web, Language = request.Language,
            RecipientName = recipient.Name, RecipientBirthDate = recipient.BirthDate,
            RecipientPostcode = recipient.Postcode.Value, RecipientHouseNumber = recipient.HouseNumber,
            RecipientEmail = recipient.Email,
            RecipientBsnEncrypted = recipient.Bsn is { } bsn ? protector.Seal(bsn.Value, BsnPurpose.Seal) : null,
            RecipientBsnHash = recipient.Bsn is { } b ? protector.KeyedHash(b.Value, BsnPurpose.Lookup) : null,
            RecipientIdentityHash = protector.KeyedHash(RecipientIdentity.Of(recipient), RecipientIdentity.Purpose),
            UnitAmountCents = unit, Units = scheme.SplitMode.Units(request.Caregivers.Count),
            StatusTokenHash = StatusTokens.Hash(statusToken), SubmittedAt = now,
            Caregivers = request.Caregivers.Select((c, i) => new NewCaregiver(
                i + 1, c.Name, c.BirthDate, c.Email, c.Iban?.Value, c.Weight, amounts[i], c.ConsentToContact) { CareDeclared = c.CareDeclared }).ToList(),
        };
    }

    private static SubmittedRequest Answer(NewRequest r, string reference, string statusToken, ValidatedRequest request) =>
        new(r.Id, reference, r.Status.Code(), statusToken, $"/api/requests/{r.Id}", r.MunicipalityCode, r.Year, r.UnitAmountCents,
            AmountIsProvisional: true,
            r.Caregivers.Select((c, i) => new SubmittedCaregiver(c.Name, request.Caregivers[i].Iban?.Masked, c.Weight, c.AmountCents)).ToList());

    private byte[] BodyHash(SubmitRequestBody body) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, json.Value.SerializerOptions));

    private SubmittedRequest Deserialize(string responseJson) =>
        JsonSerializer.Deserialize<SubmittedRequest>(responseJson, json.Value.SerializerOptions)!;
}
