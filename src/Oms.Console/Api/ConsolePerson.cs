using Microsoft.AspNetCore.Components.Server.Circuits;
using Oms.Ui.Api.Models;

namespace Oms.Ui.Api;

/// <summary>
/// Who the API takes this circuit's person to be (GET /api/auth/me), asked once per circuit. The call starts as soon as the
/// circuit opens when the browser sent a session cookie (<see cref="EarlyStart"/>), so it runs while the circuit renders its
/// first frame instead of after it; the layout awaits the same answer.
/// </summary>
public sealed class ConsolePerson(OmsApi api)
{
    private Task<ApiResult<Me>>? _me;

    public Task<ApiResult<Me>> GetAsync() => _me ??= api.GetAsync<Me>("/api/auth/me");

    /// <summary>Starts the question when the circuit opens, for a browser that has a session to ask about (never for a visitor).</summary>
    public sealed class EarlyStart(ConsoleSession session, ConsolePerson person) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            if (session.Cookie is not null) _ = person.GetAsync();
            return Task.CompletedTask;
        }
    }
}
