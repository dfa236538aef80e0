<#-- Issue 13: the next step up the class's series and the classes most like it (page.related). Included by class.ftl. -->
<#if page.related?? && page.related.next??>
  <#assign next = page.related.next>
  <section id="next-step" class="next-step" aria-labelledby="next-step-heading">
    <h2 id="next-step-heading">Next step: ${next.link.title}</h2>
    <dl class="next-step-facts">
      <div><dt>Class</dt><dd><@layout.classLink root next.link/></dd></div>
      <div><dt>Pay</dt><dd><#if next.amount?has_content>${next.amount} ${next.per}<#if next.note?has_content> <span class="note">(computed: ${next.note})</span></#if>.<#if next.payDifference?has_content> That is ${next.payDifference} than this class's pay in force (both ${next.base}).</#if><#else>Not on the schedule in force.</#if></dd></div>
      <#if next.addedRequirements?has_content>
      <div><dt>Added requirements</dt><dd><ul><#list next.addedRequirements as r><li>${r}</li></#list></ul></dd></div>
      </#if>
      <#if next.features?has_content>
      <div><dt>How it differs</dt><dd><p>${next.features}</p><p><a href="${root}${next.featuresHref}">${next.featuresHeading} of ${next.link.title}</a></p></dd></div>
      </#if>
    </dl>
  </section>
</#if>
<#if page.related?? && page.related.similar?has_content>
  <section id="similar" class="similar" aria-labelledby="similar-heading">
    <h2 id="similar-heading">Similar classes</h2>
    <p class="note">Classes outside this class's series whose duties and requirements read most like this one, most similar first.</p>
    <ul class="similar-list">
      <#list page.related.similar as c><li><@layout.classLink root c/></li></#list>
    </ul>
  </section>
</#if>
