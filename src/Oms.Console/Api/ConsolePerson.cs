using Oms.Ui.Api.Models;

namespace Oms.Ui.Api;

/// <summary>
/// Who the API takes this circuit's person to be (GET /api/auth/me), asked once per scope: the prerendering's request asks,
/// and the answer goes into the page with the others (<see cref="PrerenderedAnswers"/>), so the circuit that follows does not
/// ask again.
/// </summary>
public sealed class ConsolePerson(OmsApi api)
{
    private Task<ApiResult<Me>>? _me;

    public Task<ApiResult<Me>> GetAsync() => _me ??= api.GetAsync<Me>("/api/auth/me");
}
