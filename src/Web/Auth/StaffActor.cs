using Waardering.Data.Audit;
using Waardering.Domain.Requests;

namespace Waardering.Web.Auth;

public static class StaffActor
{
    /// <summary>The signed-in officer as the audit trail names them; staff work through the back office.</summary>
    public static Actor From(HttpContext context) => new(context.User.Identity?.Name ?? "unknown", Channel.Backoffice);
}
