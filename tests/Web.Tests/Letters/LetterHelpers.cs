using System.Text.Json.Nodes;
using Dapper;
using UglyToad.PdfPig;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Letters;

public sealed record LetterRow(Guid Id, string Template, string Language, string Status, string AddressJson, string Model, string Day)
{
    public string[] AddressLines => System.Text.Json.JsonSerializer.Deserialize<string[]>(AddressJson)!;
}

/// <summary>Requests without e-mail, the letter outbox's rows, and the print PDF as the back office serves it.</summary>
public static class LetterHelpers
{
    /// <summary>A request without any e-mail address: the recipient's and the caregiver's both left out.</summary>
    public static JsonObject WithoutEmail(JsonObject body)
    {
        body["recipient"]!.AsObject().Remove("email");
        foreach (var caregiver in body["caregivers"]!.AsArray())
        {
            caregiver!.AsObject().Remove("email");
        }

        return body;
    }

    /// <summary>A caregiver applies in a scheme that asks the recipient to confirm, and the recipient has no e-mail: the co-sign letter.</summary>
    public static async Task<(string Municipality, string RequestId, LetterRow Letter)> CoSignByLetterAsync(this WebAppFixture app)
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        body["recipient"]!.AsObject().Remove("email");
        var id = await app.SubmitAsync(body);
        return (municipality, id, Assert.Single(await app.LettersAsync(id), l => l.Template == "co-sign"));
    }

    public static async Task<IReadOnlyList<LetterRow>> LettersAsync(this WebAppFixture app, string requestId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<LetterRow>("""
            select id, template, language, status, array_to_json(address_lines)::text as address_json, model::text as model,
                ((created_at at time zone 'Europe/Amsterdam')::date)::text as day
            from outbox_letters
            where request_id = @id order by id
            """, new { id = Guid.Parse(requestId) })).ToList();
    }

    /// <summary>Every letter of the municipality waiting now, as one PDF from the officers' print route.</summary>
    public static async Task<byte[]> PrintPdfAsync(this WebAppFixture app, string municipality, Guid upTo)
    {
        var response = await app.As("officer", "Olga", [municipality])
            .GetAsync($"/staff/letters/print.pdf?municipality={municipality}&upTo={upTo}");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Keeps a PDF beside the screenshots, to look at as a resident would.</summary>
    public static void Save(byte[] pdf, string name)
    {
        Directory.CreateDirectory(TestEnvironment.Screenshots);
        File.WriteAllBytes(Path.Combine(TestEnvironment.Screenshots, name + ".pdf"), pdf);
    }

    /// <summary>The text of each page, words joined by spaces.</summary>
    public static IReadOnlyList<string> PagesText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }
}
