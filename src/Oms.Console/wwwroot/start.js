// Starts Blazor (App.razor loads blazor.web.js with autostart="false"): the circuit's connection goes straight to a
// WebSocket, without the negotiate request first (one round trip less on every page load). The console is served by the
// same server as its pages, over HTTP/1.1 or HTTP/2, where WebSockets always work; there is no long-polling fallback to need.
Blazor.start({
  circuit: {
    configureSignalR: builder => builder.withUrl('_blazor', { skipNegotiation: true, transport: 1 /* WebSockets */ })
  }
});
