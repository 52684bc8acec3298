using Microsoft.AspNetCore.Authentication.JwtBearer;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;

namespace Waardering.Web.Auth;

public static class StaffActor
{
    /// <summary>The claim that identifies a person at the identity provider, whatever their name (OpenID Connect Core §2).</summary>
    public const string SubjectClaim = "sub";

    /// <summary>
    /// The signed-in officer as the audit trail names them, identified by their subject; staff
    /// work through the back office. A token without a subject never gets this far (<see cref="RequireSubjectAsync"/>).
    /// </summary>
    public static Actor From(HttpContext context) =>
        new(context.User.Identity?.Name ?? "unknown", Channel.Backoffice, context.User.FindFirst(SubjectClaim)?.Value);

    /// <summary>
    /// Four eyes compare subjects, so a token without one cannot be told apart from anyone else's:
    /// it is refused (401).
    /// </summary>
    public static Task RequireSubjectAsync(TokenValidatedContext context)
    {
        if (string.IsNullOrWhiteSpace(context.Principal?.FindFirst(SubjectClaim)?.Value))
        {
            context.Fail("The token names no subject (sub).");
        }

        return Task.CompletedTask;
    }
}
