package cn.gongkai.server.publication;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The public 政府信息公开 column of an organ: its four sub-columns, the guide generated from its data. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PortalTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyOrganHasTheFourSubColumns() throws Exception {
        for (String path : new String[] {"", "/guide", "/rules", "/statutory", "/reports"}) {
            mvc.perform(get("/portal/baipo" + path)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("政府信息公开指南")))
                    .andExpect(content().string(containsString("政府信息公开制度")))
                    .andExpect(content().string(containsString("法定主动公开内容")))
                    .andExpect(content().string(containsString("政府信息公开年报")));
        }
    }

    @Test
    void theGuideStatesWhatArticle12Requires() throws Exception {
        mvc.perform(get("/portal/baipo/guide")).andExpect(status().isOk())
                .andExpect(content().string(containsString("米易县白坡彝族乡人民政府政府信息公开指南")))
                .andExpect(content().string(containsString("政府信息的分类")))
                .andExpect(content().string(containsString("编排体系")))
                .andExpect(content().string(containsString("获取方式")))
                .andExpect(content().string(containsString("米易县白坡彝族乡党政办公室")))
                .andExpect(content().string(containsString("办公地址")))
                .andExpect(content().string(containsString("办公时间")))
                .andExpect(content().string(containsString("联系电话")))
                .andExpect(content().string(containsString("传真号码")))
                .andExpect(content().string(containsString("互联网联系方式")))
                .andExpect(content().string(containsString("20 个工作日内答复")));
    }

    @Test
    void anUnknownOrganIsNotFound() throws Exception {
        mvc.perform(get("/portal/no-such-organ")).andExpect(status().isNotFound());
        mvc.perform(get("/portal/no-such-organ/guide")).andExpect(status().isNotFound());
    }
}
