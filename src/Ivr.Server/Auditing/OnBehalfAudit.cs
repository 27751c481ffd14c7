using Microsoft.AspNetCore.Http.Metadata;

namespace Ivr.Server.Auditing;

/// <summary>
/// Audits what supervisors and operations staff do in a counselor's name (presence, wrap-up, in-call operations)
/// once it succeeded: the endpoint's name is the action, the counselor the subject, the acting user the actor. Reads
/// (GET) are not audited.
/// </summary>
public sealed class OnBehalfAudit : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && StatusOf(result) is >= 200 and < 300)
        {
            var http = context.HttpContext;
            var action = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? http.Request.Path;
            await http.RequestServices.GetRequiredService<AuditLog>().WriteAsync(action, (string?)http.GetRouteValue("id") ?? "",
                $"{http.Request.Method} {http.Request.Path}", cancellationToken: http.RequestAborted);
        }
        return result;
    }

    private static int? StatusOf(object? result) => result switch
    {
        INestedHttpResult nested => StatusOf(nested.Result),
        IStatusCodeHttpResult withStatus => withStatus.StatusCode,
        _ => null,
    };
}
