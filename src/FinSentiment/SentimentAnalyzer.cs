using System.Buffers;
using FinSentiment.Internal;
using FinSentiment.Scoring;
using FinSentiment.Tickers;
using FinSentiment.Tokenization;

namespace FinSentiment;

/// <summary>
/// The default <see cref="ISentimentAnalyzer"/>: tokenizes a text, scores each sentence with an <see cref="ISentimentScorer"/>,
/// finds companies with an <see cref="ITickerResolver"/>, and aggregates sentence, clause and company scores.
/// </summary>
/// <remarks>
/// <para>An analyzer is immutable and thread-safe: create it once (or register it with
/// <see cref="FinSentimentServiceCollectionExtensions.AddFinSentiment(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>) and share it.</para>
/// <para>The document score is the weighted mean of the sentence scores, where sentences without any sentiment count with
/// <see cref="FinSentimentOptions.UnopinionatedSentenceWeight"/>, title sentences with <see cref="FinSentimentOptions.TitleWeight"/>
/// and the lead sentence with <see cref="FinSentimentOptions.LeadWeight"/>. A company's score is the same mean over the sentences
/// that mention it; in a sentence that mentions several companies, each phrase counts for the company mentioned nearest
/// before it (or, failing that, the first one after it).</para>
/// </remarks>
public sealed class SentimentAnalyzer : ISentimentAnalyzer
{
    private const double SingleCompanyContextWeight = 0.5;

    private readonly ITokenizer _tokenizer;
    private readonly ISentimentScorer _scorer;
    private readonly ITickerResolver _resolver;
    private readonly LabelScale _scale;
    private readonly double _titleWeight;
    private readonly double _leadWeight;
    private readonly double _unopinionatedWeight;
    private readonly int _maxTextLength;
    private readonly int _maxEvidence;
    private readonly int _maxDegreeOfParallelism;

    /// <summary>Creates an analyzer from its parts with default options.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="scorer">The sentence scorer.</param>
    /// <param name="resolver">The ticker resolver.</param>
    /// <exception cref="ArgumentNullException">A part is null.</exception>
    public SentimentAnalyzer(ITokenizer tokenizer, ISentimentScorer scorer, ITickerResolver resolver)
        : this(tokenizer, scorer, resolver, new FinSentimentOptions())
    {
    }

    /// <summary>Creates an analyzer from its parts.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="scorer">The sentence scorer.</param>
    /// <param name="resolver">The ticker resolver.</param>
    /// <param name="options">The options; read once. Lexicon and directory files in them are not loaded here (see <see cref="Create(FinSentimentOptions)"/>).</param>
    /// <exception cref="ArgumentNullException">A part or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public SentimentAnalyzer(ITokenizer tokenizer, ISentimentScorer scorer, ITickerResolver resolver, FinSentimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FinSentiment options: " + string.Join(" ", errors), nameof(options));
        }

        _tokenizer = tokenizer;
        _scorer = scorer;
        _resolver = resolver;
        _scale = options.GetEffectiveLabelScale();
        _titleWeight = options.TitleWeight;
        _leadWeight = options.LeadWeight;
        _unopinionatedWeight = options.UnopinionatedSentenceWeight;
        _maxTextLength = options.MaxTextLength;
        _maxEvidence = options.MaxEvidence;
        _maxDegreeOfParallelism = options.MaxDegreeOfParallelism;
    }

    /// <summary>Gets the label scale in use.</summary>
    public LabelScale LabelScale => _scale;

    /// <summary>Creates an analyzer with the built-in tokenizer, lexicon and ticker directory.</summary>
    /// <returns>The analyzer.</returns>
    public static SentimentAnalyzer CreateDefault() =>
        new(FinancialTokenizer.Instance, LexiconScorer.Default, TickerResolver.Default);

    /// <summary>Creates an analyzer with the built-in parts, loading the lexicon and directory files named in <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The analyzer.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    /// <exception cref="DataFormatException">A lexicon or directory file is malformed.</exception>
    public static SentimentAnalyzer Create(FinSentimentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid FinSentiment options: " + string.Join(" ", errors), nameof(options));
        }

        var parts = FinSentimentParts.Build(options);
        return new SentimentAnalyzer(parts.Tokenizer, parts.Scorer, parts.Resolver, options);
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AnalyzeCore(text, 0, null);
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return AnalyzeCore(article.Text, article.Body.Length == 0 ? article.Text.Length : article.TitleLength, null);
    }

    /// <inheritdoc/>
    public SentimentResult Analyze(string text, IReadOnlyList<SentimentTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(targets);
        return AnalyzeCore(text, 0, targets);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return RunBatch(texts.Count, i => Analyze(texts[i] ?? throw new ArgumentNullException(nameof(texts), $"Item {i} is null.")), cancellationToken);
    }

    /// <inheritdoc/>
    public IReadOnlyList<SentimentResult> AnalyzeBatch(IReadOnlyList<NewsArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return RunBatch(articles.Count, i => Analyze(articles[i] ?? throw new ArgumentNullException(nameof(articles), $"Item {i} is null.")), cancellationToken);
    }

    private SentimentResult[] RunBatch(int count, Func<int, SentimentResult> analyze, CancellationToken cancellationToken)
    {
        var results = new SentimentResult[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, count, options, i => results[i] = analyze(i));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        return results;
    }

    private SentimentResult AnalyzeCore(string text, int titleLength, IReadOnlyList<SentimentTarget>? targets)
    {
        if (text.Length > _maxTextLength)
        {
            throw new ArgumentException(
                $"The text has {text.Length} characters, more than the configured maximum of {_maxTextLength} (FinSentimentOptions.MaxTextLength).",
                nameof(text));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Neutral(targets);
        }

        var buffer = ArrayPool<Token>.Shared.Rent(Math.Max(64, (text.Length / 4) + 16));
        try
        {
            var tokenCount = Tokenize(text, ref buffer);
            var tokens = buffer.AsSpan(0, tokenCount);
            var document = new DocumentAnalysis(text);
            ScoreSentences(text, tokens, titleLength, document);

            var score = Aggregate(document.Sentences, static _ => true, _unopinionatedWeight);
            var mentions = new List<TickerMention>();
            _resolver.Resolve(text, tokens, mentions);
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));

            var entities = new List<EntityMentions>();
            foreach (var group in mentions.GroupBy(static m => m.Symbol, StringComparer.OrdinalIgnoreCase))
            {
                entities.Add(new EntityMentions(group.Key, group.Select(static m => (m.Start, m.Length)).ToList()) { Mentions = [.. group] });
            }

            var targetEntities = targets is null ? [] : FindTargets(text, tokens, targets);
            var all = entities.Concat(targetEntities.Where(static t => t is not null)).Cast<EntityMentions>().ToList();

            var tickers = new List<TickerSentiment>(entities.Count);
            foreach (var entity in entities)
            {
                var first = entity.Mentions[0].Company;
                var entityScore = IsOnlyASource(text, tokens, entity, all, document.Sentences.Count) ? 0 : ScoreEntity(document, entity, all);
                tickers.Add(new TickerSentiment
                {
                    Symbol = first.Symbol,
                    Name = first.Name,
                    Exchange = first.Exchange,
                    Relevance = Relevance(document, entity, titleLength),
                    Score = Round(entityScore),
                    Label = _scale.GetLabel(entityScore),
                    Polarity = _scale.GetPolarity(entityScore),
                    Mentions = entity.Mentions,
                });
            }

            tickers.Sort(static (a, b) => b.Relevance != a.Relevance ? b.Relevance.CompareTo(a.Relevance) : string.CompareOrdinal(a.Symbol, b.Symbol));

            var targetResults = new List<TargetSentiment>();
            if (targets is not null)
            {
                for (var i = 0; i < targets.Count; i++)
                {
                    var entity = targetEntities[i];
                    var targetScore = entity is null ? score
                        : IsOnlyASource(text, tokens, entity, all, document.Sentences.Count) ? 0
                        : ScoreEntity(document, entity, all);
                    targetResults.Add(new TargetSentiment(targets[i].Name, entity is not null, Round(targetScore), _scale.GetLabel(targetScore), _scale.GetPolarity(targetScore)));
                }
            }

            var evidence = document.Evidence;
            evidence.Sort(static (a, b) => Math.Abs(b.Contribution).CompareTo(Math.Abs(a.Contribution)) is var c and not 0 ? c : a.Start.CompareTo(b.Start));
            if (evidence.Count > _maxEvidence)
            {
                evidence.RemoveRange(_maxEvidence, evidence.Count - _maxEvidence);
            }

            return new SentimentResult
            {
                Score = Round(score),
                Label = _scale.GetLabel(score),
                Polarity = _scale.GetPolarity(score),
                Tickers = tickers,
                Evidence = evidence,
                Sentences = document.Sentences.Select(static s => new SentenceSentiment(s.Start, s.End - s.Start, Round(s.Score), s.Weight)).ToArray(),
                Targets = targetResults,
            };
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private int Tokenize(string text, ref Token[] buffer)
    {
        var count = 0;
        var offset = 0;
        while (true)
        {
            var status = _tokenizer.Tokenize(text.AsSpan(offset), buffer.AsSpan(count), out var written, out var consumed);
            if (offset > 0)
            {
                for (var i = count; i < count + written; i++)
                {
                    buffer[i] = buffer[i] with { Start = buffer[i].Start + offset };
                }
            }

            count += written;
            offset += consumed;
            if (status == OperationStatus.Done)
            {
                return count;
            }

            if (status != OperationStatus.DestinationTooSmall || (written == 0 && consumed == 0 && count < buffer.Length))
            {
                throw new InvalidOperationException($"The tokenizer {_tokenizer.GetType().Name} made no progress at offset {offset} (status {status}).");
            }

            if (count == buffer.Length)
            {
                var larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, count).CopyTo(larger);
                ArrayPool<Token>.Shared.Return(buffer);
                buffer = larger;
            }
        }
    }

    private void ScoreSentences(string text, ReadOnlySpan<Token> tokens, int titleLength, DocumentAnalysis document)
    {
        var start = 0;
        var bodySentences = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.SentenceEnd && i != tokens.Length - 1)
            {
                continue;
            }

            var sentence = tokens[start..(i + 1)];
            start = i + 1;
            if (sentence.Length == 1 && sentence[0].Kind == TokenKind.SentenceEnd)
            {
                continue;
            }

            var sentenceStart = sentence[0].Start;
            var sentenceEnd = sentence[^1].End;
            var inTitle = sentenceStart < titleLength;
            var weight = inTitle ? _titleWeight : bodySentences++ == 0 ? _leadWeight : 1.0;
            var evidenceStart = document.Evidence.Count;
            var score = _scorer.ScoreSentence(text, sentence, document.Evidence);
            if (double.IsNaN(score))
            {
                score = 0;
            }

            document.Sentences.Add(new SentenceInfo(sentenceStart, sentenceEnd, Math.Clamp(score, -1, 1), weight, evidenceStart, document.Evidence.Count, inTitle));
        }
    }

    private double ScoreEntity(DocumentAnalysis document, EntityMentions entity, List<EntityMentions> all)
    {
        var sentences = document.Sentences;
        // A directory company and a caller's target named by the same words are one entity, not two rivals.
        var rivals = all.Where(e => ReferenceEquals(e, entity) || !Overlaps(e, entity)).ToList();
        var alone = rivals.Count == 1;
        var scored = new List<(double Score, double Weight)>(alone ? sentences.Count : entity.Spans.Count);
        var spans = rivals.SelectMany(e => e.Spans.Select(s => (s.Start, Entity: e))).OrderBy(static s => s.Start).ToArray();
        if (alone)
        {
            foreach (var sentence in sentences)
            {
                ScoreSentence(sentence, SpansIn(spans, sentence));
            }
        }
        else
        {
            // Only sentences that name the entity count: visit them through its own mentions, in text order, rather
            // than scanning every mention for every sentence (quadratic on long documents naming many companies).
            var previous = -1;
            foreach (var (start, owner) in spans)
            {
                var index = ReferenceEquals(owner, entity) ? SentenceAt(sentences, start) : -1;
                if (index > previous)
                {
                    previous = index;
                    ScoreSentence(sentences[index], SpansIn(spans, sentences[index]));
                }
            }
        }

        return Aggregate(scored, _unopinionatedWeight);

        void ScoreSentence(SentenceInfo sentence, ReadOnlySpan<(int Start, EntityMentions Entity)> inSentence)
        {
            var own = false;
            var others = false;
            foreach (var (_, owner) in inSentence)
            {
                if (ReferenceEquals(owner, entity))
                {
                    own = true;
                }
                else
                {
                    others = true;
                }
            }

            if (!own)
            {
                if (alone)
                {
                    scored.Add((sentence.Score, sentence.Weight * SingleCompanyContextWeight));
                }

                return;
            }

            if (!others)
            {
                scored.Add((sentence.Score, sentence.Weight));
                return;
            }

            // The entity's own mention starts, and the ends of the evidence met so far: binary searches instead of
            // rescanning every earlier item and every mention for each item (quadratic in one long sentence).
            var ownStarts = new List<int>();
            foreach (var (start, owner) in inSentence)
            {
                if (ReferenceEquals(owner, entity))
                {
                    ownStarts.Add(start);
                }
            }

            var ends = new SortedSet<int>();
            var sum = 0.0;
            for (var e = sentence.EvidenceStart; e < sentence.EvidenceEnd; e++)
            {
                var item = document.Evidence[e];
                var previousEvidenceEnd = sentence.Start;
                if (ends.Count > 0 && ends.Min <= item.Start)
                {
                    previousEvidenceEnd = Math.Max(previousEvidenceEnd, ends.GetViewBetween(int.MinValue, item.Start).Max);
                }

                if (Owns(inSentence, ownStarts, entity, item.Start, previousEvidenceEnd))
                {
                    sum += item.Contribution;
                }

                ends.Add(item.Start + item.Length);
            }

            scored.Add((Math.Tanh(sum), sentence.Weight));
        }
    }

    /// <summary>The mentions that start inside a sentence: a slice of <paramref name="spans"/>, which is sorted by start.</summary>
    private static ReadOnlySpan<(int Start, EntityMentions Entity)> SpansIn((int Start, EntityMentions Entity)[] spans, SentenceInfo sentence)
    {
        var from = FirstAtOrAfter(spans, sentence.Start);
        var to = FirstAtOrAfter(spans, sentence.End);
        return spans.AsSpan(from, to - from);

        static int FirstAtOrAfter((int Start, EntityMentions Entity)[] spans, int position)
        {
            int low = 0, high = spans.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (spans[middle].Start < position)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }

    /// <summary>The index of the sentence that holds <paramref name="position"/>, or -1 when none does (sentences are ordered and disjoint).</summary>
    private static int SentenceAt(List<SentenceInfo> sentences, int position)
    {
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (position < sentences[middle].Start)
            {
                high = middle - 1;
            }
            else if (position >= sentences[middle].End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>
    /// A company that is only quoted as a source in a story about others ("Refinitiv projected…") has no sentiment of its
    /// own; a headline that quotes a company alone ("Shire says its drug was approved") keeps its score.
    /// </summary>
    private static bool IsOnlyASource(string text, ReadOnlySpan<Token> tokens, EntityMentions entity, List<EntityMentions> all, int sentences)
    {
        var aboutOthers = sentences > 1 || all.Exists(other => !ReferenceEquals(other, entity) && !Overlaps(other, entity));
        return aboutOthers && SourceMentions.OnlyQuotedAsSource(text, tokens, entity.Spans);
    }

    private static bool Overlaps(EntityMentions a, EntityMentions b)
    {
        // Some span of b starts before x ends and ends after x starts. With b sorted by start and the running maximum
        // of its ends, one binary search per span of a: comparing every pair was quadratic in the mentions.
        var others = b.Spans.ToArray();
        Array.Sort(others);
        var maxEnd = new int[others.Length];
        for (var k = 0; k < others.Length; k++)
        {
            maxEnd[k] = Math.Max(k == 0 ? int.MinValue : maxEnd[k - 1], others[k].Start + others[k].Length);
        }

        foreach (var x in a.Spans)
        {
            int low = 0, high = others.Length;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (others[middle].Start < x.Start + x.Length)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            if (low > 0 && maxEnd[low - 1] > x.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an evidence item at <paramref name="position"/> counts for <paramref name="entity"/>: the entity is named
    /// between the previous evidence and the item, or it is the company named nearest before it (else first after it).
    /// </summary>
    private static bool Owns(ReadOnlySpan<(int Start, EntityMentions Entity)> spans, List<int> ownStarts, EntityMentions entity, int position, int previousEvidenceEnd)
    {
        var first = ownStarts.BinarySearch(previousEvidenceEnd);
        first = first < 0 ? ~first : first;
        if (first < ownStarts.Count && ownStarts[first] <= position)
        {
            return true;
        }

        // The last mention starting at or before the position, else the first one after it.
        int low = 0, high = spans.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (spans[middle].Start <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return spans.Length > 0 && ReferenceEquals(low > 0 ? spans[low - 1].Entity : spans[0].Entity, entity);
    }

    private static double Relevance(DocumentAnalysis document, EntityMentions entity, int titleLength)
    {
        var sentences = document.Sentences;
        var withMention = 0;
        var lead = false;
        var mentioned = new HashSet<int>();
        foreach (var span in entity.Spans)
        {
            var i = SentenceAt(sentences, span.Start);
            if (i >= 0 && mentioned.Add(i))
            {
                withMention++;
                var sentence = sentences[i];
                if (sentence.InTitle || i == 0 || (titleLength > 0 && i > 0 && sentences[i - 1].InTitle && !sentence.InTitle))
                {
                    lead = true;
                }
            }
        }

        var share = sentences.Count == 0 ? 0 : (double)withMention / sentences.Count;
        var count = Math.Min(1.0, entity.Spans.Count / 4.0);
        return Round(Math.Clamp(0.15 + (lead ? 0.35 : 0) + (0.3 * share) + (0.2 * count), 0.01, 1.0));
    }

    private static double Aggregate(List<SentenceInfo> sentences, Func<SentenceInfo, bool> include, double unopinionatedWeight)
    {
        var scored = new List<(double, double)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (include(sentence))
            {
                scored.Add((sentence.Score, sentence.Weight));
            }
        }

        return Aggregate(scored, unopinionatedWeight);
    }

    private static double Aggregate(List<(double Score, double Weight)> scored, double unopinionatedWeight)
    {
        var numerator = 0.0;
        var denominator = 0.0;
        foreach (var (score, weight) in scored)
        {
            numerator += score * weight;
            denominator += score == 0 ? weight * unopinionatedWeight : weight;
        }

        return denominator <= 0 ? 0 : Math.Clamp(numerator / denominator, -1, 1);
    }

    private List<EntityMentions?> FindTargets(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<SentimentTarget> targets)
    {
        var found = new List<EntityMentions?>(targets.Count);
        foreach (var target in targets)
        {
            ArgumentNullException.ThrowIfNull(target, nameof(targets));
            var spans = new List<(int Start, int Length)>();
            foreach (var name in TargetMatcher.Candidates(target))
            {
                TargetMatcher.FindAll(text, tokens, name, _tokenizer, spans);
                if (spans.Count > 0)
                {
                    break;
                }
            }

            found.Add(spans.Count == 0 ? null : new EntityMentions(target.Name, spans));
        }

        return found;
    }

    private SentimentResult Neutral(IReadOnlyList<SentimentTarget>? targets) => new()
    {
        Score = 0,
        Label = _scale.GetLabel(0),
        Polarity = Polarity.Neutral,
        Tickers = [],
        Evidence = [],
        Sentences = [],
        Targets = targets is null ? [] : targets.Select(t => new TargetSentiment(t.Name, false, 0, _scale.GetLabel(0), Polarity.Neutral)).ToArray(),
    };

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private sealed class DocumentAnalysis(string text)
    {
        public string Text { get; } = text;

        public List<SentenceInfo> Sentences { get; } = [];

        public List<Evidence> Evidence { get; } = [];
    }

    private readonly record struct SentenceInfo(int Start, int End, double Score, double Weight, int EvidenceStart, int EvidenceEnd, bool InTitle);

    private sealed class EntityMentions(string key, List<(int Start, int Length)> spans)
    {
        public string Key { get; } = key;

        public List<(int Start, int Length)> Spans { get; } = spans;

        public IReadOnlyList<TickerMention> Mentions { get; init; } = [];
    }
}
