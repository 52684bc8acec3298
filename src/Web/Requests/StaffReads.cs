using NodaTime;
using Npgsql;
using Waardering.Data.Audit;

namespace Waardering.Web.Requests;

/// <summary>
/// A member of staff read a request's personal data (DESIGN: staff reads of personal data are
/// logged): one "read" event on its trail, whether through the API or the back office's page.
/// </summary>
public static class StaffReads
{
    public const string Action = "read";

    public static async Task RecordAsync(NpgsqlDataSource dataSource, HttpContext context, IClock clock, Guid requestId,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AuditLog.WriteAsync(connection, null, StaffActor.From(context), Action, clock.GetCurrentInstant(), requestId,
            cancellationToken: cancellationToken);
    }
}
