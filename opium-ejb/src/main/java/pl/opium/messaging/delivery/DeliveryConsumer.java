package pl.opium.messaging.delivery;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import pl.opium.identity.Role;

/**
 * Fans a sent message out to its recipients. It only delegates, and lets every failure through:
 * the broker then redelivers with back-off and finally moves the message to the dead-letter queue,
 * where an administrator can see and replay it. Nothing is swallowed, so nothing is lost.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsDeliveryQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")})
@RunAs(Role.DEPARTMENT_OFFICER_ROLE)
@PermitAll
public class DeliveryConsumer implements MessageListener {

    @EJB
    private DeliveryService deliveries;

    @Override
    public void onMessage(Message jmsMessage) {
        try {
            deliveries.fanOut(Long.parseLong(((TextMessage) jmsMessage).getText()));
        } catch (JMSException e) {
            throw new IllegalStateException("Unreadable delivery message", e);
        }
    }
}
