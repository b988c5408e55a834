namespace FinSentiment;

/// <summary>A news item with a title and a body. The title weighs more than the body in the overall score.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed record NewsArticle
{
    /// <summary>Creates an article.</summary>
    /// <param name="title">The headline; may be empty.</param>
    /// <param name="body">The body text; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="body"/> is null.</exception>
    public NewsArticle(string title, string body)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(body);
        Title = title;
        Body = body;
    }

    /// <summary>Gets the headline.</summary>
    public string Title { get; }

    /// <summary>Gets the body text.</summary>
    public string Body { get; }

    /// <summary>Gets or initializes where the article comes from (a feed or publisher name).</summary>
    public string? Source { get; init; }

    /// <summary>Gets or initializes when the article was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Gets the text that is analysed and that result offsets refer to: the title, a blank line, then the body.</summary>
    public string Text => Title.Length == 0 ? Body : Body.Length == 0 ? Title : Title + "\n\n" + Body;

    /// <summary>Gets the length of the title part of <see cref="Text"/>.</summary>
    internal int TitleLength => Title.Length;
}
