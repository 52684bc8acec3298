using Waardering.Data.Auth;
using Waardering.Data.Requests;

namespace Waardering.Web.Requests;

/// <summary>The answer to an added caregiver: their position and every caregiver's part after the new split.</summary>
public sealed record AddedCaregiverView(Guid Id, int Position, IReadOnlyList<CaregiverPart> Caregivers);

/// <summary>An officer adds a caregiver to an undecided request; the amount is split again over all of them.</summary>
public static class CaregiverEndpoints
{
    public static IEndpointRouteBuilder MapCaregiverEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/{id:guid}/caregivers", AddAsync).WithTags("Requests")
            .RequireAuthorization(Policies.CaseWork).ScopedByOwner(OwnedKind.Request)
            .Describe("AddCaregiver",
                "Add a caregiver to an undecided request, below the scheme's maximum, as an officer; that officer may then not decide the request")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<AddedCaregiverView>, NotFound, ValidationProblem, ProblemHttpResult>> AddAsync(
        Guid id, CaregiverBody body, CaregiverAdding adding, HttpContext context, CancellationToken cancellationToken) =>
        await adding.AddAsync(id, body, StaffActor.From(context), cancellationToken) switch
        {
            CaregiverAddingResult.Added added => TypedResults.Created($"/api/requests/{id}", new AddedCaregiverView(id, added.Position, added.Parts)),
            CaregiverAddingResult.Invalid invalid => ProblemResults.Invalid(invalid.Errors),
            CaregiverAddingResult.Refused refused => ProblemResults.Conflict(refused.Field, refused.Message),
            _ => TypedResults.NotFound(),
        };
}
