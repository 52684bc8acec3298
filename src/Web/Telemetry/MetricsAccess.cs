using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Waardering.Data.Telemetry;

namespace Waardering.Web.Telemetry;

public sealed class MetricsAccessRequirement : IAuthorizationRequirement;

/// <summary>
/// Who reads <c>/metrics</c>: a staff member with the admin role (who runs the service for all its
/// municipalities, as for the Hangfire dashboard), or a caller from loopback or a network of
/// <see cref="MetricsOptions.AllowedNetworks"/> (a Prometheus beside the service, which carries no
/// token). The address is the one the forwarded headers of a known proxy give, so a caller
/// outside, reaching the service through that proxy, is not taken for the proxy itself.
/// </summary>
public sealed class MetricsAccess : AuthorizationHandler<MetricsAccessRequirement>
{
    public const string Policy = "metrics";

    private readonly IReadOnlyList<IPNetwork> _networks;

    public MetricsAccess(IOptions<TelemetryOptions> options)
    {
        _networks = options.Value.Metrics.AllowedNetworks.Select(IPNetwork.Parse).ToList();
    }

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MetricsAccessRequirement requirement)
    {
        var address = (context.Resource as HttpContext)?.Connection.RemoteIpAddress;
        if (context.User.IsInRole(Roles.Admin) || IsAllowed(address, _networks))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>Loopback or an allowed network; an IPv4 address seen through an IPv6 socket counts as itself.</summary>
    public static bool IsAllowed(IPAddress? address, IReadOnlyList<IPNetwork> networks)
    {
        if (address is null)
        {
            return false;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return IPAddress.IsLoopback(plain) || networks.Any(n => n.Contains(plain));
    }
}
