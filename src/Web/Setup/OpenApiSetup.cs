using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;
using Scalar.AspNetCore;

namespace Waardering.Web.Setup;

public static class OpenApiSetup
{
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
                    Description = "Staff token with role admin, officer or policy.",
                };
                return Task.CompletedTask;
            });
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
