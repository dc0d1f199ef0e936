package nl.participatiesuite.apirules.notificaties;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notification as it is delivered: a CloudEvents 1.0 event in structured JSON mode, with the attributes of the NL GOV
 * profile for CloudEvents where they fit ({@code source} as a URN, {@code subject} the object's id, {@code dataref} the
 * URL to read it again, {@code sequence} its place in this service's order) and the ZGW Notificaties fields as data.
 */
final class CloudEvent {

    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CloudEvent() {
    }

    static byte[] van(Gebeurtenis gebeurtenis, String bron, String basisUrl) {
        String hoofdObject = basisUrl + "/" + gebeurtenis.kanaal() + "/" + gebeurtenis.hoofdId();
        Map<String, Object> kenmerken = new LinkedHashMap<>();
        if (gebeurtenis.gemeente() != null) {
            kenmerken.put("gemeente", gebeurtenis.gemeente());
        }
        kenmerken.put("kernen", gebeurtenis.kernen());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kanaal", gebeurtenis.kanaal());
        data.put("hoofdObject", hoofdObject);
        data.put("resource", gebeurtenis.resource());
        data.put("resourceId", gebeurtenis.resourceId());
        data.put("resourceUrl", hoofdObject);
        data.put("actie", gebeurtenis.actie());
        data.put("aanmaakdatum", gebeurtenis.tijdstip().toString());
        data.put("kenmerken", kenmerken);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", gebeurtenis.id().toString());
        event.put("source", bron);
        event.put("type", "nl.participatiesuite." + gebeurtenis.kanaal() + "." + gebeurtenis.actie());
        event.put("subject", gebeurtenis.hoofdId());
        event.put("time", gebeurtenis.tijdstip().toString());
        event.put("datacontenttype", "application/json");
        event.put("dataref", hoofdObject);
        // Zero-padded so that the text order is the number order, as the CloudEvents sequence extension asks.
        event.put("sequence", String.format("%020d", gebeurtenis.volgnummer()));
        event.put("data", data);
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
