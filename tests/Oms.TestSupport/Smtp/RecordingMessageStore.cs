using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Oms.TestSupport.Smtp;

/// <summary>
/// Keeps every message the SMTP server receives, or answers the DATA command with a queued refusal instead, and
/// lets tests wait for the n-th accepted message.
/// </summary>
internal sealed class RecordingMessageStore : MessageStore
{
    private readonly Lock _lock = new();
    private readonly List<ReceivedMail> _messages = [];
    private readonly Queue<int> _refusals = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<ReceivedMail> Messages
    {
        get
        {
            lock (_lock)
                return [.. _messages];
        }
    }

    public int Refused { get; private set; }

    public void RefuseNext(int count, int replyCode)
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
                _refusals.Enqueue(replyCode);
        }
    }

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_refusals.TryDequeue(out var code))
            {
                Refused++;
                var text = code >= 500 ? "5.7.1 Refused by the test server" : "4.3.0 Try again later (test server)";
                return new SmtpResponse((SmtpReplyCode)code, text);
            }
        }

        using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var mail = new ReceivedMail(transaction.From.AsAddress(), [.. transaction.To.Select(to => to.AsAddress())], message);
        TaskCompletionSource changed;
        lock (_lock)
        {
            _messages.Add(mail);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
        return SmtpResponse.Ok;
    }

    /// <summary>The <paramref name="ordinal"/>-th accepted message (1-based), waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<ReceivedMail> WaitForMessageAsync(int ordinal, TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (_messages.Count >= ordinal)
                    return _messages[ordinal - 1];
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The SMTP test server received {Messages.Count} message(s), not {ordinal}, within {timeout}.");
            }
        }
    }
}
