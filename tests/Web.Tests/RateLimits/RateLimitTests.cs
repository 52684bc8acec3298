using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.RateLimits;

/// <summary>The service with tight limits, so a test reaches them in a short burst.</summary>
public sealed class TightLimitsFixture : WebAppFixture
{
    public const int PerClient = 30;
    public const int SubmissionsPerClient = 6;
    public const int PerRecipient = 2;

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("RateLimits:PerClientPermitLimit", $"{PerClient}");
        web.UseSetting("RateLimits:SubmissionsPerClientPermitLimit", $"{SubmissionsPerClient}");
        web.UseSetting("RateLimits:PerRecipientPermitLimit", $"{PerRecipient}");
    }
}

internal static class TooManyAnswer
{
    /// <summary>429 with a Retry-After of whole seconds and a problem details body.</summary>
    public static async Task AssertAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (int)(await response.ReadJsonAsync())["status"]!);
    }

    /// <summary>429 whose title says how long to wait, in the language the caller asked for.</summary>
    public static async Task AssertTitleAsync(HttpResponseMessage response, string pattern)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Matches(pattern, (string)(await response.ReadJsonAsync())["title"]!);
    }
}

public sealed class SubmissionBurstTests(TightLimitsFixture app) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Submit_ABurstFromOneClient_IsRefusedPastTheLimitWithRetryAfter()
    {
        var municipality = await app.CreateSchemeAsync();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < TightLimitsFixture.SubmissionsPerClient + 3; i++)
        {
            // The last one asks for English: the refusal is in the caller's language.
            var path = i == TightLimitsFixture.SubmissionsPerClient + 2 ? "/api/requests?lang=en" : "/api/requests";
            responses.Add(await app.Anonymous().PostAsJsonAsync(path, Bodies.Request(municipality)));
        }

        Assert.All(responses.Take(TightLimitsFixture.SubmissionsPerClient), r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        foreach (var refused in responses.Skip(TightLimitsFixture.SubmissionsPerClient))
        {
            await TooManyAnswer.AssertAsync(refused);
        }

        await TooManyAnswer.AssertTitleAsync(responses[^2], @"^Te veel verzoeken\. Probeer het over \d+ seconden opnieuw\.$");
        await TooManyAnswer.AssertTitleAsync(responses[^1], @"^Too many requests\. Please try again in \d+ seconds\.$");

        Assert.Equal(TightLimitsFixture.SubmissionsPerClient, await app.RequestsOfAsync(municipality));
        // Staff are known by their token and are not limited.
        var officer = Bodies.Request(municipality);
        officer["channel"] = "counter";
        Assert.Equal(HttpStatusCode.Created, (await app.As("officer").PostAsJsonAsync("/api/requests", officer)).StatusCode);
    }
}

public sealed class RecipientBurstTests(TightLimitsFixture app) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Submit_ManyForOneRecipient_IsRefusedPastTheLimitWhileOthersStillApply()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);

        for (var i = 0; i < TightLimitsFixture.PerRecipient; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);
        }

        await TooManyAnswer.AssertAsync(await app.Anonymous().PostAsJsonAsync("/api/requests", body));
        var english = await app.Anonymous().PostAsJsonAsync("/api/requests?lang=en", body);
        await TooManyAnswer.AssertTitleAsync(english, @"^Too many requests\. Please try again in \d+ seconds\.$");
        Assert.Equal(TightLimitsFixture.PerRecipient, await app.RequestsOfAsync(municipality));
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality))).StatusCode);
    }
}

public sealed class AnonymousBurstTests(TightLimitsFixture app) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Read_ABurstWithoutSignIn_IsRefusedPastTheLimit()
    {
        var municipality = await app.CreateSchemeAsync();

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < TightLimitsFixture.PerClient + 2; i++)
        {
            responses.Add(await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026"));
        }

        Assert.All(responses.Take(TightLimitsFixture.PerClient), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await TooManyAnswer.AssertAsync(responses[^1]);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health")).StatusCode);
    }
}
