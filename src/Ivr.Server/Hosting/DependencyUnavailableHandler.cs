using Ivr.Server.CallRecords.Pipeline;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ivr.Server.Hosting;

/// <summary>
/// A request that failed because PostgreSQL or Redis could not be reached is answered 503 with Retry-After (the
/// client may try again; nothing is wrong with the request), not 500. Other exceptions fall through to the default.
/// </summary>
public sealed class DependencyUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException || !WriteFailures.IsTransient(exception) || context.Response.HasStarted)
        {
            return false;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "A service this request needs is unavailable; try again shortly.",
            },
        });
    }
}
