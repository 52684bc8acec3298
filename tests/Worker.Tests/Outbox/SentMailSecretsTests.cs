using Dapper;
using NodaTime;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Mail;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// Once the Worker has sent a mail, its row in the outbox keeps what staff need (template, to
/// whom, when, status) but no link with a token and no voucher code: a copy of the database opens
/// nobody's request, consent, check-in or voucher.
/// </summary>
public sealed class SentMailSecretsTests : IAsyncLifetime
{
    private const string VoucherCode = "VVV-1234-5678";
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SentMail_OfEveryTemplateAndVariant_KeepsNoTokenAndNoVoucherCode()
    {
        var address = OutboxRows.NewAddress();
        var ids = await AddEveryVariantAsync(address);
        var before = await RowsAsync(ids);

        await new OutboxRows(_database.DataSource).Dispatcher().DispatchDueAsync(CancellationToken.None);

        var after = await RowsAsync(ids);
        // The values were there: the check below cannot pass on models that never had them.
        Assert.Contains(before, r => r.Model.Contains("token=", StringComparison.Ordinal));
        Assert.Contains(before, r => r.Model.Contains(VoucherCode, StringComparison.Ordinal));
        Assert.Equal(TemplateVariants.All.Count, (await Maildir.WaitForAsync(address, count: TemplateVariants.All.Count)).Count);
        Assert.All(after, r =>
        {
            Assert.Equal("sent", r.Status);
            Assert.Equal(address, r.ToAddress);
            Assert.NotNull(r.SentAt);
            Assert.DoesNotContain("token=", r.Model, StringComparison.Ordinal);
            Assert.DoesNotContain(VoucherCode, r.Model, StringComparison.Ordinal);
        });
        Assert.Equal(before.Select(r => r.Template), after.Select(r => r.Template));
        // What is not secret stays: the reference of the request a mail was about.
        Assert.Contains(after, r => r.Model.Contains(MailSamples.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailedMail_KeepsItsLinks_SoStaffCanResendIt()
    {
        var address = OutboxRows.NewAddress();
        var ids = await AddEveryVariantAsync(address, "not an address");

        await new OutboxRows(_database.DataSource).Dispatcher().DispatchDueAsync(CancellationToken.None);

        var rows = await RowsAsync(ids);
        Assert.All(rows, r => Assert.Equal("failed", r.Status));
        Assert.Contains(rows, r => r.Model.Contains("token=", StringComparison.Ordinal));
    }

    private async Task<Guid[]> AddEveryVariantAsync(string address, string? toAddress = null)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var mails = TemplateVariants.All.Values
            .Select(v => new OutboxMail(v.Template, "nl", null, toAddress ?? address, "Truus", v.Model("nl"), null))
            .ToList();
        var ids = await new OutboxWriter().AddAllAsync(transaction, mails, CancellationToken.None);
        await transaction.CommitAsync();
        return ids;
    }

    private sealed record Row(string Template, string ToAddress, string Status, Instant? SentAt, string Model);

    private async Task<IReadOnlyList<Row>> RowsAsync(Guid[] ids)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<Row>("""
            select template, to_address as ToAddress, status, sent_at as SentAt, model::text as Model
            from outbox_mails where id = any(@ids) order by id
            """, new { ids })).ToList();
    }
}
