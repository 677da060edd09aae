package cn.gongkai.search;

import java.time.LocalDate;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.SearchEntity;
import org.jspecify.annotations.Nullable;

/**
 * What the index holds of one published item: the text the public can search and the few fields a
 * result line shows, so that a search never needs the database.
 */
@SearchEntity(name = "Item")
@Indexed(index = ItemDocument.INDEX)
public final class ItemDocument {

    public static final String INDEX = "gongkai-items";

    @DocumentId
    private final long id;

    @GenericField(projectable = Projectable.YES)
    private final long organId;

    @KeywordField(projectable = Projectable.YES)
    private final String organCode;

    @KeywordField(projectable = Projectable.YES)
    private final String organName;

    @KeywordField(projectable = Projectable.YES)
    private final String indexNumber;

    @KeywordField(projectable = Projectable.YES)
    private final String kind;

    @KeywordField
    private final @Nullable String topic;

    @FullTextField(analyzer = ChineseAnalysis.ANALYZER, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    private final String title;

    @FullTextField(analyzer = ChineseAnalysis.ANALYZER, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    private final String body;

    @FullTextField(analyzer = ChineseAnalysis.ANALYZER, projectable = Projectable.YES,
            highlightable = Highlightable.ANY)
    private final String attachmentText;

    @GenericField(projectable = Projectable.YES, sortable = Sortable.YES)
    private final LocalDate publishedOn;

    /**
     * @param body           the body as plain text (markup removed by the caller)
     * @param attachmentText the text extracted from the item's PDF and DOCX attachments, or empty
     */
    public ItemDocument(long id, long organId, String organCode, String organName, String indexNumber, String kind,
            @Nullable String topic, String title, String body, String attachmentText, LocalDate publishedOn) {
        this.id = id;
        this.organId = organId;
        this.organCode = organCode;
        this.organName = organName;
        this.indexNumber = indexNumber;
        this.kind = kind;
        this.topic = topic;
        this.title = title;
        this.body = body;
        this.attachmentText = attachmentText;
        this.publishedOn = publishedOn;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }
}
