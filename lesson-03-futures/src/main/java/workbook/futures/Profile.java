package workbook.futures;

/** Who a page is about. */
public record Profile(String userId, String name) {
}
