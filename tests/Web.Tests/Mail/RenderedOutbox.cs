using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.Options;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Data.Mail.Rendering;
using Waardering.Worker.Mail;

namespace Waardering.Web.Tests.Mail;

/// <summary>A mail as the Worker renders it from the outbox row its real sender wrote.</summary>
public sealed partial record RenderedOutboxMail(string Template, string Language, string To, RenderedMail Mail)
{
    /// <summary>Every link the plain text carries; the HTML must carry each of them too.</summary>
    public IReadOnlyList<string> Links => UrlPattern().Matches(Mail.Text).Select(m => m.Value.TrimEnd('.', ',', ')')).ToList();

    /// <summary>The one link to a page, by the start of its path.</summary>
    public string LinkTo(string pathStart)
    {
        var found = Links.Where(l => new Uri(l).AbsolutePath.StartsWith(pathStart, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"{Template} ({Language}) carries {found.Count} links to {pathStart}; its links: {string.Join(", ", Links)}");
        return found[0];
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}

/// <summary>
/// Renders the outbox with the Worker's own renderer, from each row's stored model and language,
/// and opens the links it carries as a citizen would.
/// </summary>
public static class RenderedOutbox
{
    private static readonly MailTemplateRenderer Renderer = new(Options.Create(new MailOptions()));

    public static async Task<IReadOnlyList<RenderedOutboxMail>> RenderedMailsAsync(this WebAppFixture app, string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Template, string Language, string To, string Model)>("""
            select template, language, to_address, model::text from outbox_mails
            where municipality_code = @municipality order by created_at, id
            """, new { municipality });
        return rows.Select(r => new RenderedOutboxMail(r.Template, r.Language, r.To,
            Renderer.Render(r.Template, r.Language, municipality, r.Model))).ToList();
    }

    /// <summary>The one mail of a template to an address.</summary>
    public static RenderedOutboxMail To(this IReadOnlyList<RenderedOutboxMail> mails, string template, string address) =>
        Assert.Single(mails, m => m.Template == template && m.To == address);

    /// <summary>Opens a mailed link without sign-in: the page answers 200, is not the page for a dead link, and shows its marker.</summary>
    public static async Task OpensAsync(this WebAppFixture app, RenderedOutboxMail mail, string link, string marker)
    {
        Assert.Contains(WebUtility.HtmlEncode(link), mail.Mail.Html);
        var page = await app.Anonymous().GetAsync(new Uri(link).PathAndQuery);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{mail.Template} ({mail.Language}): {link} answered {page.StatusCode}");
        Assert.DoesNotContain("werkt niet", html);
        Assert.Contains(marker, html);
    }
}
