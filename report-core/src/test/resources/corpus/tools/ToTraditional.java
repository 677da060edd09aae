import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rewrites each file given in Traditional characters (ICU4J's Simplified-Traditional transform), for the corpus. */
public class ToTraditional {
    public static void main(String[] args) throws Exception {
        Transliterator t = Transliterator.getInstance("Simplified-Traditional");
        for (String a : args) {
            Path p = Path.of(a);
            Files.writeString(p, t.transliterate(Files.readString(p, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
    }
}
