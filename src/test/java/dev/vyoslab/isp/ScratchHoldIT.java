package dev.vyoslab.isp;

import dev.vyoslab.lab.Lab;
import dev.vyoslab.lab.Segment;
import org.junit.jupiter.api.Test;

class ScratchHoldIT {
    @Test
    void hold() throws Exception {
        try (Lab lab = Lab.create()) {
            Segment mgmt = lab.segment("mgmt");
            Segment wan = lab.segment("wan");
            Segment internet = lab.segment("internet", IspAddresses.INTERNET, null);
            PppoeBras bras = lab.add(new PppoeBras(mgmt, wan, internet).withAccount("u", "p").withAuth(PppAuth.PAP));
            WhoamiHost whoami = lab.add(new WhoamiHost(internet));
            ClientVm client = lab.add(new ClientVm("client", mgmt).withNic(wan, "02:00:00:00:c1:02")
                    .withSetup("modprobe ppp_async; modprobe pppoe"));
            client.dependsOnNode(bras);
            lab.start();
            System.out.println("HOLD bras=" + bras.managementAddress() + " client=" + client.managementAddress());
            Thread.sleep(900_000);
        }
    }
}
