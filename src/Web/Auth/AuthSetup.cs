using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Waardering.Web.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddWaarderingAuth(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IConfiguration>((jwt, configuration) =>
        {
            var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
            // Keep claim names as the provider sends them ("role", "name"), not the WS-* URIs.
            jwt.MapInboundClaims = false;
            jwt.Audience = options.Audience;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Issuer,
                ValidAudience = options.Audience,
                RoleClaimType = options.RoleClaim,
                NameClaimType = options.NameClaim,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
            if (!string.IsNullOrWhiteSpace(options.Authority))
            {
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
            }
            else
            {
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.KeyFrom(options);
            }

            jwt.Events = new JwtBearerEvents
            {
                OnMessageReceived = DashboardToken.Events.OnMessageReceived,
                OnTokenValidated = StaffActor.RequireSubjectAsync,
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.CaseWork, p => p.RequireRole(Roles.Officer, Roles.Admin))
            .AddPolicy(Policies.Budget, p => p.RequireRole(Roles.Policy, Roles.Admin))
            .AddPolicy(Policies.BudgetRead, p => p.RequireRole(Roles.Policy, Roles.Admin, Roles.Auditor))
            .AddPolicy(Policies.Support, p => p.RequireRole(Roles.Support))
            .AddPolicy(Policies.Audit, p => p.RequireRole(Roles.Auditor, Roles.Admin));
        return services;
    }
}
