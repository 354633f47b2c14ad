import java.lang.reflect.Field;

/**
 * Prints the fields apex-ls knows for standard SObjects (API 65 types in sobject-types.jar),
 * one per line: object, field, field type. Unknown objects print "UNKNOWN\tname".
 */
public class StandardFields {
  public static void main(String[] names) {
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName("com.nawforce.runforce.SObjects." + name);
      } catch (ClassNotFoundException e) {
        System.out.println("UNKNOWN\t" + name);
        continue;
      }
      for (Field field : type.getFields()) {
        System.out.println(name + "\t" + field.getName() + "\t" + field.getGenericType().getTypeName());
      }
    }
  }
}
