using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;
using Scalar.AspNetCore;

namespace Waardering.Web.OpenApi;

public static class OpenApiSetup
{
    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Requests"] = "Requests for the appreciation: submitting, reading, the case work queue, decisions and the audit trail.",
        ["Schemes"] = "A municipality's scheme for a year: its window, amounts and rules.",
        ["Budget"] = "Budget lines, collective costs, the amount that follows the budget, and its history.",
        ["Payouts"] = "Payout batches, SEPA files, four-eyes approval, booking, returned payments and vouchers.",
        ["Contact"] = "Check-ins after payout, consent to be contacted, and referrals to the support organisation.",
        ["Privacy"] = "A person's data: export on request, and erasure.",
        ["Reports"] = "Reach, requests per week and check-in outcomes for policy staff.",
        ["Mail"] = "Mails that could not be sent, for staff to see and send again.",
        ["Support"] = "The support on offer to caregivers, per municipality, that every mail to a caregiver lists.",
    };

    public static IServiceCollection AddWaarderingOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Waardering";
                document.Info.Description = "Yearly appreciation for informal caregivers (mantelzorgwaardering).";
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", BearerFormat = "JWT",
                    Description = OpenApiSecurity.BearerDescription,
                };
                // The API lives where the document is served; a relative URL stays true behind a proxy,
                // where the request's own host (which ASP.NET would write) is an inside name.
                document.Servers = [new OpenApiServer { Url = "/" }];
                foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
                {
                    tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? "");
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer(OpenApiSecurity.TransformAsync);
            // NodaTime values travel as ISO strings (see Json/NodaTimeJsonConverters).
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                if (type == typeof(LocalDate) || type == typeof(LocalDate?))
                {
                    (schema.Type, schema.Format, schema.Properties) = (JsonSchemaType.String, "date", null);
                }
                else if (type == typeof(Instant) || type == typeof(Instant?))
                {
                    (schema.Type, schema.Format, schema.Properties) = (JsonSchemaType.String, "date-time", null);
                }

                return Task.CompletedTask;
            });
        });

    public static IEndpointRouteBuilder MapWaarderingOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference().AllowAnonymous();
        return app;
    }
}
