using Ivr.Server.Authorization;

namespace Ivr.Server.Configuration;

/// <summary>The operations API's route groups under <c>/api/ivr</c>: supervisors and operations staff read, operations staff write.</summary>
public static class IvrApiGroups
{
    public static (RouteGroupBuilder Read, RouteGroupBuilder Write) MapIvrApiGroups(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        (endpoints.MapGroup(prefix).WithTags(tag).RequireAuthorization(policy => policy.RequireRole(Roles.Operations, Roles.Supervisor)),
         endpoints.MapGroup(prefix).WithTags(tag).RequireAuthorization(policy => policy.RequireRole(Roles.Operations)));
}
